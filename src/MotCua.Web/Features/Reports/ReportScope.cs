using MotCua.Web.Features.Leader;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// The units a leader may report on, as the leader's pages scope them (LeaderScope): a unit leader their units and
/// every unit below; the center's supervisor the whole province and any unit in it.
/// </summary>
public static class ReportScope
{
    public static IReadOnlyList<Agency> Units(LeaderScope scope, OrganisationTree tree) =>
    [
        .. tree.All.Where(a => a.Kind != AgencyKind.ProvincialCommittee && scope.Covers(a.Id))
            .OrderBy(a => scope.DirectAgencies.Contains(a.Id) ? 0 : 1).ThenBy(a => a.Kind).ThenBy(a => a.Code, StringComparer.Ordinal),
    ];

    /// <summary>The unit a report is made for when none is named: the province for the supervisor, else the leader's own unit.</summary>
    public static Agency? Default(LeaderScope scope, OrganisationTree tree) =>
        scope.IsProvince ? null : tree.All.Where(a => scope.DirectAgencies.Contains(a.Id)).OrderBy(a => a.Code, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>The log book belongs to a receiving point: the named unit, else the leader's unit, else the provincial center.</summary>
    public static Agency? LogBookOf(Agency? unit, OrganisationTree tree) =>
        unit ?? tree.All.FirstOrDefault(a => a.Kind == AgencyKind.ProvincialCenter);
}
