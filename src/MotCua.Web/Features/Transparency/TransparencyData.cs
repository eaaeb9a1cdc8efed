using System.Globalization;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Statistics;

namespace MotCua.Web.Features.Transparency;

/// <summary>
/// What the public pages and the open-data API show, read through <see cref="TransparencyCache"/>. Only aggregate figures
/// of units pass through here (the statistics contract carries no applicant data). Computations run in a scope of their
/// own, since a cached result outlives the request that started it.
/// </summary>
public sealed class TransparencyData(TransparencyCache cache, IServiceScopeFactory scopes, OrganisationCache organisation, ILogger<TransparencyData> log)
{
    /// <summary>The province with one row per department and one per commune (units not in force in the period and idle left out).</summary>
    public sealed record Overview(StatPeriod Period, Agency? Province, Indicators Total, IReadOnlyList<UnitFigures> Departments, IReadOnlyList<UnitFigures> Communes);

    /// <summary>One unit with the units directly below it.</summary>
    public sealed record UnitView(Agency Unit, StatPeriod Period, Indicators Total, IReadOnlyList<UnitFigures> SubUnits);

    public sealed record Trend(IReadOnlyList<TrendPoint> Points);

    /// <summary>The Decision 766 index, or null when the index cannot be computed on this installation.</summary>
    public sealed record IndexView(IndexReport? Report);

    public sealed record UnitIndexView(UnitIndex? Index);

    public TimeSpan CacheLifetime => cache.Lifetime;

    public Task<TransparencyCache.Cached<Overview>> OverviewAsync(StatPeriod period) =>
        cache.GetAsync(Key("overview", period, null), async ct =>
        {
            var tree = await organisation.GetAsync(ct);
            using var scope = scopes.CreateScope();
            var queries = scope.ServiceProvider.GetRequiredService<StatisticsQueries>();
            var (total, units) = await queries.TotalAndUnitsAsync(new StatFilter(), period, ct);
            var rows = units.Where(r => Shown(r, period)).ToList();
            return new Overview(period, Root(tree), total,
                rows.Where(r => StatisticsQueries.IsDepartment(r.Unit)).ToList(),
                rows.Where(r => r.Unit.Kind == AgencyKind.Commune).ToList());
        });

    public Task<TransparencyCache.Cached<UnitView>> UnitAsync(Agency unit, StatPeriod period) =>
        cache.GetAsync(Key("unit", period, unit.Id), async ct =>
        {
            using var scope = scopes.CreateScope();
            var queries = scope.ServiceProvider.GetRequiredService<StatisticsQueries>();
            var filter = new StatFilter(unit.Id);
            var (total, units) = await queries.TotalAndUnitsAsync(filter, period, ct);
            var rows = units.Where(r => Shown(r, period)).ToList();
            return new UnitView(unit, period, total, rows);
        });

    public Task<TransparencyCache.Cached<Trend>> TrendAsync(Agency unit, StatPeriod period) =>
        cache.GetAsync(Key("trend", period, unit.Id), async ct =>
        {
            using var scope = scopes.CreateScope();
            var points = await scope.ServiceProvider.GetRequiredService<StatisticsQueries>().TrendAsync(new StatFilter(unit.Id), period, TrendStep.Month, ct);
            return new Trend(points);
        });

    public Task<TransparencyCache.Cached<IndexView>> IndexAsync(StatPeriod period) =>
        cache.GetAsync(Key("index", period, null), async ct =>
        {
            using var scope = scopes.CreateScope();
            try
            {
                return new IndexView(await scope.ServiceProvider.GetRequiredService<IndexQueries>().ComputeAsync(period, ct));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The index is published only when it can be computed; the transparency figures stand on their own.
                log.LogWarning(e, "The Decision 766 index could not be computed for {From}..{To}: the public pages show the figures without it.", period.From, period.To);
                return new IndexView(null);
            }
        });

    /// <summary>A unit's index; the province's root agency is the province (null in the index queries).</summary>
    public Task<TransparencyCache.Cached<UnitIndexView>> UnitIndexAsync(Agency unit, StatPeriod period) =>
        cache.GetAsync(Key("unit-index", period, unit.Id), async ct =>
        {
            using var scope = scopes.CreateScope();
            try
            {
                var id = unit.ParentId is null ? (int?)null : unit.Id;
                return new UnitIndexView(await scope.ServiceProvider.GetRequiredService<IndexQueries>().ForUnitAsync(id, period, ct));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "The Decision 766 index of {Unit} could not be computed for {From}..{To}.", unit.Code, period.From, period.To);
                return new UnitIndexView(null);
            }
        });

    /// <summary>An agency by its code, or null (unknown codes and the root are told apart by the caller).</summary>
    public async Task<Agency?> FindAsync(string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        var tree = await organisation.GetAsync(ct);
        if (tree.ByCode.TryGetValue(code.Trim(), out var found))
        {
            return found;
        }
        tree = await organisation.ReloadAsync(tree, ct);
        return tree.ByCode.GetValueOrDefault(code.Trim());
    }

    /// <summary>The province's root agency (the provincial People's Committee), if the organisation has one.</summary>
    public async Task<Agency?> ProvinceAsync(CancellationToken ct) => Root(await organisation.GetAsync(ct));

    private static Agency? Root(OrganisationTree tree) => tree.All.FirstOrDefault(a => a.ParentId is null && a.Kind == AgencyKind.ProvincialCommittee);

    /// <summary>A unit dissolved before the period (or created after it) is shown only if it still has figures in it.</summary>
    private static bool Shown(UnitFigures row, StatPeriod period) =>
        (row.Unit.EffectiveFrom <= period.To && (row.Unit.EffectiveTo is null || row.Unit.EffectiveTo >= period.From))
        || row.Values.Received > 0 || row.Values.Resolved > 0 || row.Values.Open > 0;

    internal static string Key(string what, StatPeriod period, int? unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{what}:{period.From:yyyy-MM-dd}:{period.To:yyyy-MM-dd}:{unit}");
}
