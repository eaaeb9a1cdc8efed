using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Ratings;

namespace MotCua.Web.Features.Statistics;

/// <summary>
/// The indicators of issue 6 for a filter and a period, summed from daily counts per unit (never from dossiers), so the
/// cost depends on days × units, not on the number of dossiers. Scoped service (registered by AddStatistics()).
/// </summary>
public sealed class StatisticsQueries(MotCuaDb db, OrganisationCache organisation, TimeProvider clock)
{
    /// <summary>The figures of the whole filter.</summary>
    public async Task<Indicators> TotalAsync(StatFilter filter, StatPeriod period, CancellationToken ct)
    {
        var (tallies, _) = await ByAgencyAsync(filter, period, ct);
        return Tally.Sum(tallies.Values).ToIndicators();
    }

    /// <summary>
    /// One row per unit directly below filter.AgencyId (for the province: every department/sector/provincial center and
    /// every commune), each counting its own sub-units too; units with nothing counted still appear (zeros).
    /// </summary>
    public async Task<IReadOnlyList<UnitFigures>> ByUnitAsync(StatFilter filter, StatPeriod period, CancellationToken ct) =>
        (await TotalAndUnitsAsync(filter, period, ct)).Units;

    /// <summary>The total and the unit rows of <see cref="ByUnitAsync"/> from one reading of the counts (a page shows both).</summary>
    public async Task<(Indicators Total, IReadOnlyList<UnitFigures> Units)> TotalAndUnitsAsync(StatFilter filter, StatPeriod period, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(period);
        var (tallies, tree) = await ByAgencyAsync(filter, period, ct);
        return (Tally.Sum(tallies.Values).ToIndicators(), Units(tallies, tree, filter, period));
    }

    private static List<UnitFigures> Units(Dictionary<int, Tally> tallies, OrganisationTree tree, StatFilter filter, StatPeriod period)
    {
        var units = tree.All.Where(a => a.EffectiveFrom <= period.To && (a.EffectiveTo is null || a.EffectiveTo >= period.From))
            .Where(a => filter.AgencyId is { } parent ? a.ParentId == parent : IsProvinceUnit(a, tree))
            .Where(a => filter.Level is null || a.Level == filter.Level)
            .OrderBy(a => a.Kind == AgencyKind.Commune).ThenBy(a => a.Code, StringComparer.Ordinal)
            .ToList();
        return units.Select(u => new UnitFigures(u,
            Tally.Sum(tree.WithDescendants([u.Id]).Select(id => tallies.GetValueOrDefault(id, Tally.Zero))).ToIndicators())).ToList();
    }

    /// <summary>
    /// The units a province is ranked by: departments, sectors and provincial centers of the province level, and communes;
    /// a unit placed under another of them (a land registration office under its department) is counted in its parent.
    /// </summary>
    public static bool IsProvinceUnit(Agency a, OrganisationTree tree)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(tree);
        return (IsCommune(a) || IsDepartment(a))
            && (a.ParentId is null || tree.All.FirstOrDefault(p => p.Id == a.ParentId)?.Kind == AgencyKind.ProvincialCommittee);
    }

    /// <summary>Departments as the ranking and the public pages count them: departments, sectors and provincial centers at province level.</summary>
    public static bool IsDepartment(Agency a) =>
        a.Level == AgencyLevel.Province && a.Kind is AgencyKind.Department or AgencyKind.Sector or AgencyKind.ProvincialCenter;

    public static bool IsCommune(Agency a) => a.Kind == AgencyKind.Commune;

    /// <summary>The period cut into days, months, quarters or years (the first and last may be partial).</summary>
    public async Task<IReadOnlyList<TrendPoint>> TrendAsync(StatFilter filter, StatPeriod period, TrendStep step, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        var tree = await organisation.GetAsync(ct);
        var scope = await StatScope.ResolveAsync(db, tree, filter, ct);
        var pieces = period.Split(step);
        var flows = await StatisticsSource.FlowsAsync(db, scope, StatDay.Of(period.From), StatDay.Of(period.To), ct);
        var feedback = await StatisticsSource.FeedbackAsync(db, scope, period.Start, period.End, ct);
        var now = clock.GetUtcNow();
        var open = await StatisticsSource.OpenAsync(db, scope, pieces.Select(p => StatDay.Of(p.To)).ToList(), now, ct);
        var byDay = flows.GroupBy(f => f.Day).ToDictionary(g => g.Key, g => Tally.Sum(g.Select(f => f.Counts)));
        var points = new List<TrendPoint>(pieces.Count);
        foreach (var piece in pieces)
        {
            var (from, to) = (StatDay.Of(piece.From), StatDay.Of(piece.To));
            var tally = Tally.Sum(byDay.Where(f => f.Key >= from && f.Key <= to).Select(f => f.Value))
                + Tally.Sum(open[to].Values) + StatisticsSource.Count(feedback, piece.Start, piece.End);
            points.Add(new TrendPoint(piece, tally.ToIndicators()));
        }
        return points;
    }

    private async Task<(Dictionary<int, Tally> Tallies, OrganisationTree Tree)> ByAgencyAsync(StatFilter filter, StatPeriod period, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        var tree = await organisation.GetAsync(ct);
        var scope = await StatScope.ResolveAsync(db, tree, filter, ct);
        var flows = await StatisticsSource.FlowsAsync(db, scope, StatDay.Of(period.From), StatDay.Of(period.To), ct);
        var end = StatDay.Of(period.To);
        var open = (await StatisticsSource.OpenAsync(db, scope, [end], clock.GetUtcNow(), ct))[end];
        var feedback = await StatisticsSource.FeedbackAsync(db, scope, period.Start, period.End, ct);
        var tallies = flows.GroupBy(f => f.AgencyId).ToDictionary(g => g.Key, g => Tally.Sum(g.Select(f => f.Counts)));
        foreach (var (agency, t) in open)
        {
            tallies[agency] = tallies.GetValueOrDefault(agency, Tally.Zero) + t;
        }
        foreach (var g in feedback.GroupBy(f => f.AgencyId))
        {
            tallies[g.Key] = tallies.GetValueOrDefault(g.Key, Tally.Zero) + StatisticsSource.Count(g, period.Start, period.End);
        }
        return (tallies, tree);
    }

    /// <summary>The dossiers behind one figure, newest first, page numbers from 1.</summary>
    public async Task<DossierPage> DossiersAsync(StatFilter filter, StatPeriod period, Figure figure, int page, int pageSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 500);
        var q = await FactsBehindAsync(filter, period, figure, ct);
        var to = StatDay.Of(period.To);
        var now = clock.GetUtcNow();
        var pastEnd = to < StatDay.Of(now);
        var spans = db.Set<OpenSpanRow>().AsNoTracking().Where(s => s.ToDay >= to && s.FromDay <= to);
        var total = await q.LongCountAsync(ct);
        // Past the last page (the list shrank since the link was made): the last one.
        page = Math.Min(page, DossierPage.PagesOf(total, pageSize));
        var rows = await (from f in q
                          join p in db.Procedures on f.ProcedureId equals p.Id
                          orderby f.ReceivedAt descending, f.DossierId descending
                          select new
                          {
                              f.DossierId, f.Code, ProcedureCode = p.Code, p.Name, p.NameEn, f.AgencyId, f.Channel, f.Status, f.ReceivedAt, f.DueAt, f.EndAt,
                              f.Timeliness, f.OverdueAfter,
                              SpanOverdue = spans.Any(s => s.DossierId == f.DossierId && s.Overdue),
                          })
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new DossierPage(rows.Select(r => new DossierRow(r.DossierId, r.Code, r.ProcedureCode, r.Name, r.NameEn, r.AgencyId, r.Channel, r.Status,
            r.ReceivedAt, r.DueAt, r.EndAt, Judgement(figure, r.Timeliness, pastEnd ? r.SpanOverdue : r.OverdueAfter < now))).ToList(),
            total, page, pageSize);
    }

    /// <summary>
    /// The facts of the dossiers one figure counts: what a count opens to, and what the overdue report lists (late and
    /// overdue by the same rule 2.1 as the figures, so the report's rows are the dashboard's counts).
    /// </summary>
    public async Task<IQueryable<DossierFact>> FactsBehindAsync(StatFilter filter, StatPeriod period, Figure figure, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        var tree = await organisation.GetAsync(ct);
        var scope = await StatScope.ResolveAsync(db, tree, filter, ct);
        var (from, to) = (StatDay.Of(period.From), StatDay.Of(period.To));
        var now = clock.GetUtcNow();
        var pastEnd = to < StatDay.Of(now);
        var facts = scope.Apply(db.Set<DossierFact>().AsNoTracking());
        var received = facts.Where(f => f.ReceivedDay >= from && f.ReceivedDay <= to);
        var ended = facts.Where(f => f.EndDay >= from && f.EndDay <= to);
        var spans = db.Set<OpenSpanRow>().AsNoTracking().Where(s => s.ToDay >= to && s.FromDay <= to);
        var open = pastEnd
            ? facts.Where(f => spans.Any(s => s.DossierId == f.DossierId))
            : facts.Where(f => f.EndDay == null && f.ReceivedDay <= to);
        return figure switch
        {
            Figure.Received => received,
            Figure.ReceivedCounter => received.Where(f => f.Channel == Channel.Counter),
            Figure.ReceivedOnline => received.Where(f => f.Channel == Channel.Online),
            Figure.ReceivedPost => received.Where(f => f.Channel == Channel.Post),
            Figure.Resolved => ended,
            Figure.Early => ended.Where(f => f.Timeliness == TimelinessMark.Early),
            Figure.OnTime => ended.Where(f => f.Timeliness == TimelinessMark.OnTime),
            Figure.Late => ended.Where(f => f.Timeliness == TimelinessMark.Late),
            Figure.Open => open,
            Figure.OpenOverdue => pastEnd
                ? facts.Where(f => spans.Any(s => s.DossierId == f.DossierId && s.Overdue))
                : open.Where(f => f.OverdueAfter != null && f.OverdueAfter < now),
            Figure.PaidOnline => received.Where(f => f.FeeBearing && f.PaidOnline),
            Figure.NotPaidOnline => received.Where(f => f.FeeBearing && !f.PaidOnline),
            Figure.Digitised => received.Where(f => f.Digitised),
            Figure.NotDigitised => received.Where(f => !f.Digitised),
            Figure.Reused => received.Where(f => f.Reused),
            Figure.NotSatisfied => facts.Where(f => f.RatedDay >= from && f.RatedDay <= to && f.Rating == SatisfactionLevel.NotSatisfied),
            _ => throw new ArgumentOutOfRangeException(nameof(figure)),
        };
    }

    private static string? Judgement(Figure figure, TimelinessMark? finished, bool openOverdue) => figure switch
    {
        Figure.Open or Figure.OpenOverdue => openOverdue ? "Overdue" : "InTime",
        _ => finished?.ToString(),
    };
}
