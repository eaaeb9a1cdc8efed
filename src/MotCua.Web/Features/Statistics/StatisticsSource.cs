using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Feedback;
using MotCua.Web.Features.Ratings;

namespace MotCua.Web.Features.Statistics;

/// <summary>One unit's counts for one business day.</summary>
public sealed record DayTally(int AgencyId, int Day, Tally Counts);

/// <summary>
/// Reads the additive counts, grouped by the database by competent agency and business day, from the per-dossier facts
/// (flows) and the open spans (open at the end of a past day), or the open facts judged now (a period not yet over).
/// </summary>
public static class StatisticsSource
{
    /// <summary>The flows of each agency and day (received, ended, rated that day), summed by the database from the roll-up.</summary>
    public static async Task<List<DayTally>> FlowsAsync(MotCuaDb db, StatScope scope, int fromDay, int toDay, CancellationToken ct)
    {
        var rows = await scope.Apply(db.Set<DailyStat>().AsNoTracking()).Where(d => d.Day >= fromDay && d.Day <= toDay)
            .GroupBy(d => new { d.AgencyId, d.Day })
            .Select(g => new
            {
                g.Key.AgencyId, g.Key.Day,
                Received = g.Sum(x => x.Received), Counter = g.Sum(x => x.ReceivedCounter), Online = g.Sum(x => x.ReceivedOnline),
                Post = g.Sum(x => x.ReceivedPost), FeeBearing = g.Sum(x => x.FeeBearing), PaidOnline = g.Sum(x => x.PaidOnline),
                Digitised = g.Sum(x => x.Digitised), Reused = g.Sum(x => x.Reused),
                Resolved = g.Sum(x => x.Resolved), Early = g.Sum(x => x.Early), OnTime = g.Sum(x => x.OnTime), Late = g.Sum(x => x.Late),
                Days = g.Sum(x => x.ProcessingDays), Bad = g.Sum(x => x.ResolvedBad),
                Very = g.Sum(x => x.VerySatisfied), Satisfied = g.Sum(x => x.Satisfied), Not = g.Sum(x => x.NotSatisfied),
            }).ToListAsync(ct);
        return rows.Select(r => new DayTally(r.AgencyId, r.Day, new Tally
        {
            Received = r.Received, ReceivedCounter = r.Counter, ReceivedOnline = r.Online, ReceivedPost = r.Post,
            FeeBearing = r.FeeBearing, PaidOnline = r.PaidOnline, Digitised = r.Digitised, Reused = r.Reused,
            Resolved = r.Resolved, Early = r.Early, OnTime = r.OnTime, Late = r.Late, ProcessingDays = r.Days, ResolvedBad = r.Bad,
            VerySatisfied = r.Very, Satisfied = r.Satisfied, NotSatisfied = r.Not,
        })).ToList();
    }

    /// <summary>
    /// The dossiers open at the end of each of <paramref name="days"/>, per agency, judged at that end: a closed day from its
    /// roll-up rows (the day close), a day over but not yet closed from the open spans, today or a later day from the
    /// dossiers open now, judged now (the period is not over yet).
    /// </summary>
    public static async Task<Dictionary<int, Dictionary<int, Tally>>> OpenAsync(MotCuaDb db, StatScope scope, IReadOnlyCollection<int> days,
        DateTimeOffset now, CancellationToken ct)
    {
        var today = StatDay.Of(now);
        var closed = await db.Set<StatisticsMark>().AsNoTracking().Where(m => m.Name == StatisticsMark.Snapshot).Select(m => (int?)m.Day).SingleOrDefaultAsync(ct) ?? 0;
        var result = new Dictionary<int, Dictionary<int, Tally>>();
        var fromRollup = days.Where(d => d < today && d <= closed).Distinct().ToList();
        if (fromRollup.Count > 0)
        {
            var rows = await scope.Apply(db.Set<DailyStat>().AsNoTracking()).Where(d => fromRollup.Contains(d.Day) && d.Open > 0)
                .GroupBy(d => new { d.Day, d.AgencyId })
                .Select(g => new { g.Key.Day, g.Key.AgencyId, Open = g.Sum(x => x.Open), Overdue = g.Sum(x => x.OpenOverdue), Bad = g.Sum(x => x.OpenBad) })
                .ToListAsync(ct);
            foreach (var day in fromRollup)
            {
                result[day] = rows.Where(r => r.Day == day).ToDictionary(r => r.AgencyId, r => new Tally { Open = r.Open, OpenOverdue = r.Overdue, OpenBad = r.Bad });
            }
        }
        foreach (var d in days.Where(d => d < today && d > closed).Distinct())
        {
            var rows = await scope.Apply(db.Set<OpenSpanRow>().AsNoTracking()).Where(s => s.ToDay >= d && s.FromDay <= d)
                .GroupBy(s => s.AgencyId)
                .Select(g => new { g.Key, Open = g.Count(), Overdue = g.Sum(s => s.Overdue ? 1 : 0), Bad = g.Sum(s => s.Overdue || s.Dissatisfied ? 1 : 0) })
                .ToListAsync(ct);
            result[d] = rows.ToDictionary(r => r.Key, r => new Tally { Open = r.Open, OpenOverdue = r.Overdue, OpenBad = r.Bad });
        }
        var current = days.Where(d => d >= today).Distinct().ToList();
        if (current.Count > 0)
        {
            var live = await scope.Apply(db.Set<DossierFact>().AsNoTracking()).Where(f => f.EndDay == null)
                .GroupBy(f => f.AgencyId)
                .Select(g => new
                {
                    g.Key, Open = g.Count(),
                    Overdue = g.Sum(f => f.OverdueAfter != null && f.OverdueAfter < now ? 1 : 0),
                    Bad = g.Sum(f => (f.OverdueAfter != null && f.OverdueAfter < now) || f.Dissatisfied ? 1 : 0),
                }).ToListAsync(ct);
            var tallies = live.ToDictionary(r => r.Key, r => new Tally { Open = r.Open, OpenOverdue = r.Overdue, OpenBad = r.Bad });
            current.ForEach(d => result[d] = tallies);
        }
        return result;
    }

    /// <summary>A feedback case's figures: the deadline it had to be handled by, and how it was handled.</summary>
    public sealed record FeedbackRow(int AgencyId, DateTimeOffset Deadline, bool HandledOnTime, DateTimeOffset? AnsweredAt, bool AnswerGood);

    /// <summary>
    /// Feedback (PAKN) of the scope that was due, or answered, in [start, end): few enough to count in memory. 5.2 counts
    /// the cases whose deadline (to refuse, for a refused one; to resolve, otherwise) fell in the period, on time when handled
    /// by it; 5.3 the answers given in the period, good when on time and not disliked (more dislikes than likes).
    /// A case not yet classified to an agency counts for the province only (agency 0).
    /// </summary>
    public static async Task<List<FeedbackRow>> FeedbackAsync(MotCuaDb db, StatScope scope, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var cases = db.FeedbackCases.AsNoTracking().Where(f =>
            (f.ResolveDueAt >= start && f.ResolveDueAt < end) || (f.RefuseDueAt >= start && f.RefuseDueAt < end) || (f.AnsweredAt >= start && f.AnsweredAt < end));
        if (scope.Agencies is { } a)
        {
            var ids = a.ToList();
            cases = cases.Where(f => f.AgencyId != null && ids.Contains(f.AgencyId.Value));
        }
        if (scope.Procedures is { } p)
        {
            var ids = p.ToList();
            cases = cases.Where(f => f.ProcedureId != null && ids.Contains(f.ProcedureId.Value));
        }
        var rows = await cases.Select(f => new
        {
            f.AgencyId, f.Status, f.ResolveDueAt, f.RefuseDueAt, f.AnsweredAt, f.RefusedAt,
            Likes = db.FeedbackVotes.Count(v => v.FeedbackCaseId == f.Id && v.Like),
            Dislikes = db.FeedbackVotes.Count(v => v.FeedbackCaseId == f.Id && !v.Like),
        }).ToListAsync(ct);
        return rows.Select(r =>
        {
            var refused = r.Status == FeedbackStatus.Refused;
            var deadline = refused ? r.RefuseDueAt : r.ResolveDueAt;
            var onTime = refused ? r.RefusedAt <= r.RefuseDueAt : r.AnsweredAt <= r.ResolveDueAt;
            return new FeedbackRow(r.AgencyId ?? 0, deadline, onTime, r.AnsweredAt, r.AnsweredAt <= r.ResolveDueAt && r.Dislikes <= r.Likes);
        }).ToList();
    }

    public static Tally Count(IEnumerable<FeedbackRow> rows, DateTimeOffset start, DateTimeOffset end)
    {
        long due = 0, dueOnTime = 0, answered = 0, good = 0;
        foreach (var r in rows)
        {
            if (r.Deadline >= start && r.Deadline < end)
            {
                due++;
                dueOnTime += r.HandledOnTime ? 1 : 0;
            }
            if (r.AnsweredAt >= start && r.AnsweredAt < end)
            {
                answered++;
                good += r.AnswerGood ? 1 : 0;
            }
        }
        return new Tally { FeedbackDue = due, FeedbackDueOnTime = dueOnTime, FeedbackAnswered = answered, FeedbackAnsweredGood = good };
    }
}
