using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Leader;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Dashboard;

/// <summary>The query string of the dashboard and its lists, as the GET form and the links send it.</summary>
public sealed record DashboardQuery(string? Agency, string? Kind, string? From, string? To, string? Level, string? Field, string? Procedure);

/// <summary>
/// The query read against the leader's scope: a unit outside it is refused (403), an unknown one is not found (404);
/// a wrong period or filter is reported next to its field and left out, so the page still shows figures.
/// </summary>
public sealed record DashboardRequest(DashboardView View, IReadOnlyDictionary<string, string> Errors, (int Status, string Key)? Problem)
{
    public static async Task<DashboardRequest> ReadAsync(DashboardQuery q, LeaderScope scope, OrganisationTree tree, MotCuaDb db, DateTimeOffset now, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        var period = DashboardPeriod.Parse(q.Kind, q.From, q.To, now);
        if (period.KindError is { } k) errors["ky"] = k;
        if (period.FromError is { } f) errors["from"] = f;
        if (period.ToError is { } t) errors["to"] = t;

        Agency? unit = null;
        if (!string.IsNullOrWhiteSpace(q.Agency))
        {
            unit = Find(tree, q.Agency.Trim());
            if (unit is null)
            {
                return new(new(null, period.Value, null, null, null), errors, (StatusCodes.Status404NotFound, "unknownUnit"));
            }
            if (!scope.Covers(unit.Id))
            {
                return new(new(null, period.Value, null, null, null), errors, (StatusCodes.Status403Forbidden, "outOfScope"));
            }
        }
        else if (!scope.IsProvince)
        {
            // A unit leader's figures are those of their own unit with everything below it.
            unit = tree.All.Where(a => scope.DirectAgencies.Contains(a.Id)).OrderBy(a => a.Code, StringComparer.Ordinal).FirstOrDefault();
        }

        AgencyLevel? level = null;
        if (!string.IsNullOrWhiteSpace(q.Level))
        {
            if (Enum.TryParse<AgencyLevel>(q.Level.Trim(), ignoreCase: true, out var l) && Enum.IsDefined(l) && !int.TryParse(q.Level, out _)) level = l;
            else errors["level"] = "filter.badLevel";
        }
        string? field = null;
        if (!string.IsNullOrWhiteSpace(q.Field))
        {
            var code = q.Field.Trim();
            if (await db.Fields.AsNoTracking().AnyAsync(x => x.Code == code, ct)) field = code;
            else errors["field"] = "filter.badField";
        }
        Procedure? procedure = null;
        if (!string.IsNullOrWhiteSpace(q.Procedure))
        {
            var code = q.Procedure.Trim();
            procedure = await db.Procedures.AsNoTracking().Where(p => p.Code == code).OrderByDescending(p => p.EffectiveFrom).FirstOrDefaultAsync(ct);
            if (procedure is null) errors["procedure"] = "filter.badProcedure";
        }
        return new(new(unit, period.Value, level, field, procedure), errors, null);
    }

    /// <summary>A unit by its code (as links write it) or by its id.</summary>
    private static Agency? Find(OrganisationTree tree, string text) =>
        tree.ByCode.TryGetValue(text, out var byCode) ? byCode
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? tree.All.FirstOrDefault(a => a.Id == id)
        : null;

    /// <summary>The way down from the top of the leader's scope to the unit: the links of the breadcrumb.</summary>
    public static IReadOnlyList<Agency> PathTo(Agency? unit, LeaderScope scope, OrganisationTree tree)
    {
        var byId = tree.All.ToDictionary(a => a.Id);
        var path = new List<Agency>();
        for (var a = unit; a is not null && scope.Covers(a.Id); a = a.ParentId is { } p ? byId.GetValueOrDefault(p) : null)
        {
            if (a.Kind != AgencyKind.ProvincialCommittee)
            {
                path.Insert(0, a);
            }
            if (!scope.IsProvince && scope.DirectAgencies.Contains(a.Id))
            {
                break;
            }
        }
        return path;
    }
}
