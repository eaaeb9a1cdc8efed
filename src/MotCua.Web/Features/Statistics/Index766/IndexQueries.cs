using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Statistics;
using MotCua.Web.Data;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Statistics.Index766;

namespace MotCua.Web.Features.Statistics;

/// <summary>
/// The Decision 766 index of the province, each department and each commune for a period, scored with the model version
/// in force on the period's last day. Computed ratios come from <see cref="StatisticsQueries"/> (roll-ups) and the
/// catalogue; figures MotCua does not own from the administrator's table (<see cref="Index766AdminInput"/>).
/// </summary>
public sealed class IndexQueries(StatisticsQueries statistics, MotCuaDb db, OrganisationCache organisation, Index766ModelSource models)
{
    public async Task<IndexReport> ComputeAsync(StatPeriod period, CancellationToken ct)
    {
        var context = await ContextAsync(period, ct);
        var (province, units) = await statistics.TotalAndUnitsAsync(new StatFilter(), period, ct);
        var scored = units.Select(u => (u.Unit, Result: context.Score(u.Unit, u.Values), Handled: Index766Scoring.Handled(u.Values))).ToList();
        return new IndexReport(period, context.Model.Version, context.Model.EffectiveFrom,
            Index766Scoring.ToUnitIndex(null, context.Score(null, province), Index766Scoring.NotRanked),
            Index766Scoring.Ranked(scored.Where(u => StatisticsQueries.IsDepartment(u.Unit))),
            Index766Scoring.Ranked(scored.Where(u => StatisticsQueries.IsCommune(u.Unit))));
    }

    /// <summary>
    /// One unit's index (null = province). A department or commune is ranked among its kind, which needs every unit's
    /// total: it is taken from the full report. Any other agency (a branch, a sub-unit) is scored alone and not ranked.
    /// </summary>
    public async Task<UnitIndex> ForUnitAsync(int? agencyId, StatPeriod period, CancellationToken ct)
    {
        if (agencyId is null)
        {
            // The province is not ranked: its own figures are enough.
            var province = await ContextAsync(period, ct);
            var figures = await statistics.TotalAsync(new StatFilter(), period, ct);
            return Index766Scoring.ToUnitIndex(null, province.Score(null, figures), Index766Scoring.NotRanked);
        }
        var tree = await organisation.GetAsync(ct);
        var unit = tree.All.FirstOrDefault(a => a.Id == agencyId) ?? throw new KeyNotFoundException($"No agency {agencyId}.");
        if (StatisticsQueries.IsDepartment(unit) || StatisticsQueries.IsCommune(unit))
        {
            var report = await ComputeAsync(period, ct);
            var ranked = report.Departments.Concat(report.Communes).FirstOrDefault(u => u.Unit?.Id == agencyId);
            if (ranked is not null)
            {
                return ranked;
            }
        }
        var context = await ContextAsync(period, ct);
        var own = await statistics.TotalAsync(new StatFilter(agencyId), period, ct);
        return Index766Scoring.ToUnitIndex(unit, context.Score(unit, own), Index766Scoring.NotRanked);
    }

    private async Task<Context> ContextAsync(StatPeriod period, CancellationToken ct)
    {
        var tree = await organisation.GetAsync(ct);
        var catalogue = await Index766Catalogue.LoadAsync(db, period, ct);
        // Only rows that can answer for this period: inside it or covering it (Index766AdminRows).
        var rows = await db.Set<Index766AdminInput>().AsNoTracking()
            .Where(r => (r.From >= period.From && r.To <= period.To) || (r.From <= period.From && r.To >= period.To))
            .ToListAsync(ct);
        return new Context(models.Models.ForPeriodEnding(period.To), period, tree, catalogue, rows);
    }

    private sealed record Context(Index766Model Model, StatPeriod Period, OrganisationTree Tree, Index766Catalogue Catalogue,
        IReadOnlyList<Index766AdminInput> Rows)
    {
        public Index766Result Score(Agency? unit, Indicators figures) =>
            Index766Scoring.Compute(Model, new UnitInputs(unit, figures, Catalogue.For(unit, Tree), Rows, Period));
    }
}
