using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Leader;

public sealed record UnitStatusRow(Agency Unit, IReadOnlyList<int> Counts, int Total);

public sealed record UnitHoldingRow(Agency? Unit, int Open, int Unassigned, int DueSoon, int Overdue);

public sealed record OfficerRow(string Id, string Name, IReadOnlyList<Agency> Units, int Open, int StepDueSoon, int StepOverdue, int DueSoon, int Overdue);

/// <summary>
/// The leader's page in figures: dossiers received in the period by deciding unit and status; open work by the unit
/// holding it, with what is due soon and overdue; and the workload of each officer.
/// </summary>
public sealed record LeaderBoard(
    LeaderPeriod Period, LeaderMoment Moment,
    IReadOnlyList<UnitStatusRow> Statuses, IReadOnlyList<int> StatusTotals, int StatusTotal,
    IReadOnlyList<UnitHoldingRow> Holding, UnitHoldingRow HoldingTotal,
    IReadOnlyList<OfficerRow> Officers)
{
    public static async Task<LeaderBoard> LoadAsync(MotCuaDb db, OrganisationTree tree, LeaderScope scope, LeaderPeriod period, LeaderMoment moment, CancellationToken ct)
    {
        var agencies = tree.All.ToDictionary(a => a.Id);
        var statusCounts = await LeaderQueries.StatusByUnitAsync(db, scope, period, ct);
        var holding = await LeaderQueries.HoldingAsync(db, scope, moment, ct);
        // A unit leader sees every officer of the units, idle ones included (whom to give work to); the province's
        // supervisor sees those holding work, or the table would list every civil servant of the province.
        var officers = scope.IsProvince ? [] : await LeaderQueries.OfficersAsync(db, scope, ct);
        var names = await LeaderQueries.NamesAsync(db, holding.Select(h => h.HolderId).OfType<string>().Except(officers.Select(o => o.Id)), ct);

        // Rows: the leader's own units always (zeros say "nothing here" better than a missing row), others when counted.
        var ownUnits = scope.IsProvince ? [] : scope.DirectAgencies;
        IEnumerable<Agency> Units(IEnumerable<int> counted) =>
            counted.Concat(ownUnits).Distinct().Where(agencies.ContainsKey).Select(id => agencies[id]).OrderBy(a => a.Code, StringComparer.Ordinal);

        var columns = LeaderViews.StatusColumns;
        var statusRows = Units(statusCounts.Select(c => c.AgencyId)).Select(unit =>
        {
            var counts = columns.Select(col => statusCounts.Where(c => c.AgencyId == unit.Id && col.Contains(c.Status)).Sum(c => c.Count)).ToList();
            // The total counts every status received, so a column can never silently drop a dossier.
            return new UnitStatusRow(unit, counts, statusCounts.Where(c => c.AgencyId == unit.Id).Sum(c => c.Count));
        }).ToList();
        var statusTotals = columns.Select((_, i) => statusRows.Sum(r => r.Counts[i])).ToList();

        var holdingRows = Units(holding.Select(h => h.AgencyId)).Select(unit =>
        {
            var of = holding.Where(h => h.AgencyId == unit.Id).ToList();
            return new UnitHoldingRow(unit, of.Sum(h => h.Open), of.Where(h => h.HolderId is null).Sum(h => h.Open), of.Sum(h => h.DueSoon), of.Sum(h => h.Overdue));
        }).ToList();
        var holdingTotal = new UnitHoldingRow(null, holdingRows.Sum(r => r.Open), holdingRows.Sum(r => r.Unassigned),
            holdingRows.Sum(r => r.DueSoon), holdingRows.Sum(r => r.Overdue));

        var officerRows = officers.Select(o => o.Id).Concat(holding.Select(h => h.HolderId).OfType<string>()).Distinct().Select(id =>
        {
            var held = holding.Where(h => h.HolderId == id).ToList();
            var units = officers.Where(o => o.Id == id).Select(o => o.AgencyId).Concat(held.Select(h => h.AgencyId)).Distinct()
                .Where(agencies.ContainsKey).Select(a => agencies[a]).OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
            var name = officers.FirstOrDefault(o => o.Id == id)?.FullName ?? names.GetValueOrDefault(id, id);
            return new OfficerRow(id, name, units, held.Sum(h => h.Open), held.Sum(h => h.StepDueSoon), held.Sum(h => h.StepOverdue),
                held.Sum(h => h.DueSoon), held.Sum(h => h.Overdue));
        })
        .OrderByDescending(r => r.Overdue + r.StepOverdue).ThenByDescending(r => r.Open).ThenBy(r => r.Name, StringComparer.CurrentCulture)
        .ToList();

        return new(period, moment, statusRows, statusTotals, statusRows.Sum(r => r.Total), holdingRows, holdingTotal, officerRows);
    }
}
