using System.Globalization;
using MotCua.Domain;
using MotCua.Web.Features.Forms;
using MotCua.Web.Features.Leader;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// What a report covers: a unit with all its sub-units (null = the whole province, for the center's supervisor), a
/// period, and who asked when. Already checked against the leader's scope.
/// </summary>
public sealed record ReportRequest(LeaderScope Scope, Agency? Unit, ReportPeriod Period, DateTimeOffset Now, string Author, OrganisationTree Tree)
{
    /// <summary>The agencies counted (the unit and every unit below it); null = no filter, the province.</summary>
    public IReadOnlySet<int>? Agencies => Unit is null ? null : Tree.WithDescendants([Unit.Id]);

    /// <summary>Open dossiers are judged at the period's end, or now if the period has not ended yet.</summary>
    public DateTimeOffset JudgedAt => Period.End < Now ? Period.End : Now;

    public string UnitName(ReportText text) => Unit?.LocalName(text.English) ?? text["province"];

    /// <summary>The agency block of the PDF: the provincial committee above the reporting unit (the center for the province).</summary>
    public FormHeader Header(ReportText text)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var committee = Tree.All.FirstOrDefault(a => a.Kind == AgencyKind.ProvincialCommittee);
        var unit = Unit ?? Tree.All.FirstOrDefault(a => a.Kind == AgencyKind.ProvincialCenter) ?? committee;
        var parent = unit?.ParentId is { } parentId ? Tree.All.FirstOrDefault(a => a.Id == parentId) : committee;
        var place = committee?.Name.Replace("Ủy ban nhân dân tỉnh ", "", StringComparison.OrdinalIgnoreCase)
            .Replace("UBND tỉnh ", "", StringComparison.OrdinalIgnoreCase) ?? "";
        return new FormHeader((parent ?? committee)?.LocalName(text.English).ToUpper(vi) ?? "", unit?.LocalName(text.English).ToUpper(vi) ?? "", place);
    }

    /// <summary>The title block: unit, period, generated at and by whom.</summary>
    public IReadOnlyList<string> Heading(ReportText text) =>
    [
        text["head.unit", UnitName(text)],
        text["head.period", text.Period(Period), ReportText.Day(Period.From), ReportText.Day(Period.To)],
        text["head.generated", VietnamTime.ToLocal(Now).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture), Author],
    ];
}
