using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Web.Data;
using MotCua.Web.Features.Calendar;

namespace MotCua.Web.Features.Statistics;

/// <summary>
/// Keeps the statistics current. Tests and the seed call these directly; in the app a background service runs CatchUp
/// every few seconds. Both take one lock (a PostgreSQL advisory lock; SQLite's single writer), so on several app nodes
/// one catches up while the others skip the round, and the roll-up's additions never race.
/// </summary>
public sealed class StatisticsRollup(MotCuaDb db, CalendarService calendars, WriteGate writes, TimeProvider clock, ILogger<StatisticsRollup> log)
{
    /// <summary>Dossiers refreshed per transaction: small enough to keep the write lock short on SQLite.</summary>
    public const int CatchUpBatch = 500;
    /// <summary>Dossiers read per page by the rebuild.</summary>
    public const int RebuildPage = 10_000;
    private const long LockKey = 0x4D6F74437561_0006;

    private bool IsPostgres => db.Database.IsNpgsql();

    /// <summary>Brings aggregates up to date with every dossier change committed so far. Returns the number of dossiers refreshed.</summary>
    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        context = null;
        var total = 0;
        while (true)
        {
            var (done, more) = await CatchUpBatchAsync(ct);
            total += done;
            if (!more)
            {
                return total;
            }
        }
    }

    /// <summary>The last business day that is over: its end-of-day open dossiers can be snapshotted.</summary>
    private int LastClosedDay => StatDay.Of(VietnamTime.LocalDate(clock.GetUtcNow()).AddDays(-1));

    private async Task<bool> TryLockAsync(CancellationToken ct) =>
        !IsPostgres || await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LockKey}) AS \"Value\"").SingleAsync(ct);

    /// <summary>The catalogue and organisation the facts need, read once per catch-up and only when it has work (it runs every few seconds).</summary>
    private FactContext? context;

    private async Task<(int Done, bool More)> CatchUpBatchAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        using var writing = await writes.EnterAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await TryLockAsync(ct))
        {
            // Another node is catching up: it takes these changes too.
            return (0, false);
        }
        var mark = await db.Set<StatisticsMark>().SingleOrDefaultAsync(m => m.Name == StatisticsMark.Snapshot, ct);
        var claimed = await db.Set<StatisticsChange>().AsNoTracking().OrderBy(c => c.Id).Take(CatchUpBatch)
            .Select(c => new { c.Id, c.DossierId }).ToListAsync(ct);
        var ids = claimed.Select(c => c.DossierId).Distinct().ToList();
        if (ids.Count > 0)
        {
            // Without a mark yet, the day close below snapshots every day from the spans, these ones included.
            context ??= await FactContext.LoadAsync(db, await calendars.CurrentAsync(ct), ct);
            await RefreshAsync(ids, context, mark?.Day ?? 0, ct);
            // Exactly the rows read: a change committed meanwhile keeps its row and is taken by the next round.
            var rowIds = claimed.Select(c => c.Id).ToList();
            await db.Set<StatisticsChange>().Where(c => rowIds.Contains(c.Id)).ExecuteDeleteAsync(ct);
        }
        await CloseDaysAsync(mark, ct);
        await tx.CommitAsync(ct);
        return (ids.Count, claimed.Count == CatchUpBatch);
    }

    /// <summary>
    /// Recomputes the facts and spans of these dossiers and moves the roll-up by the difference (idempotent: the result
    /// depends on the dossiers only).
    /// </summary>
    private async Task RefreshAsync(List<long> ids, FactContext context, int snapshotDay, CancellationToken ct)
    {
        var built = await FactBuilder.BuildAsync(db, db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id)), context, ct);
        var oldFacts = await db.Set<DossierFact>().AsNoTracking().Where(f => ids.Contains(f.DossierId)).ToListAsync(ct);
        var oldSpans = await db.Set<OpenSpanRow>().AsNoTracking().Where(s => ids.Contains(s.DossierId)).ToListAsync(ct);
        var cells = new RollupCells();
        oldFacts.ForEach(f => cells.AddFact(f, -1));
        oldSpans.ForEach(s => cells.AddSpan(s, snapshotDay, -1));
        built.Facts.ForEach(f => cells.AddFact(f, 1));
        built.Spans.ForEach(s => cells.AddSpan(s, snapshotDay, 1));
        await db.Set<OpenSpanRow>().Where(s => ids.Contains(s.DossierId)).ExecuteDeleteAsync(ct);
        await db.Set<DossierFact>().Where(f => ids.Contains(f.DossierId)).ExecuteDeleteAsync(ct);
        await FactWriter.WriteAsync(db, built, ct);
        await cells.ApplyAsync(db, ct);
    }

    /// <summary>
    /// The day close: once a business day is over, the dossiers open at its end (judged then, from the open spans) are
    /// added to its roll-up rows, so a period in the past reads its open dossiers from one day's rows.
    /// </summary>
    private async Task CloseDaysAsync(StatisticsMark? mark, CancellationToken ct)
    {
        var closed = LastClosedDay;
        if (mark is null)
        {
            var first = await db.Set<OpenSpanRow>().MinAsync(s => (int?)s.FromDay, ct);
            mark = new StatisticsMark { Name = StatisticsMark.Snapshot, Day = first is { } f ? StatDay.Of(StatDay.ToDate(f).AddDays(-1)) : closed };
            db.Add(mark);
        }
        for (var day = StatDay.ToDate(mark.Day).AddDays(1); StatDay.Of(day) <= closed; day = day.AddDays(1))
        {
            await db.Database.ExecuteSqlRawAsync(RollupSql.SnapshotDay(StatDay.Of(day)), ct);
        }
        mark.Day = Math.Max(mark.Day, closed);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Recomputes everything from the dossiers (after a bulk load / the generator / a formula change).</summary>
    public async Task RebuildAllAsync(CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var context = await FactContext.LoadAsync(db, await calendars.CurrentAsync(ct), ct) with { WithFeedback = await FactContext.FeedbackCodesAsync(db, ct) };
        db.ChangeTracker.Clear();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        using var gate = await writes.EnterAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (IsPostgres)
        {
            // Unlike a round of catch-up, the rebuild waits for the lock: it must not be skipped.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", ct);
        }
        // Changes queued before this point are covered by the rebuild; later ones stay queued for CatchUp.
        var queuedUpTo = await db.Set<StatisticsChange>().MaxAsync(c => (long?)c.Id, ct) ?? 0;
        await db.Database.ExecuteSqlRawAsync(IsPostgres
            ? "TRUNCATE \"DailyStats\", \"OpenSpans\", \"DossierFacts\""
            : "DELETE FROM \"DailyStats\"; DELETE FROM \"OpenSpans\"; DELETE FROM \"DossierFacts\";", ct);
        long after = 0;
        var count = 0;
        TimeSpan building = default, writing = default;
        while (true)
        {
            var from = after;
            var last = await db.Dossiers.AsNoTracking().Where(d => d.Id > from).OrderBy(d => d.Id).Take(RebuildPage).MaxAsync(d => (long?)d.Id, ct);
            if (last is null)
            {
                break;
            }
            var phase = System.Diagnostics.Stopwatch.StartNew();
            var built = await FactBuilder.BuildAsync(db, db.Dossiers.AsNoTracking().Where(d => d.Id > from && d.Id <= last), context, ct, (from, last.Value));
            building += phase.Elapsed;
            phase.Restart();
            await FactWriter.WriteAsync(db, built, ct);
            writing += phase.Elapsed;
            count += built.Facts.Count;
            after = last.Value;
        }
        var closed = LastClosedDay;
        var rollingUp = System.Diagnostics.Stopwatch.StartNew();
        await db.Database.ExecuteSqlRawAsync(RollupSql.Flows, ct);
        if (IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync(RollupSql.SnapshotAllDays(closed), ct);
        }
        else
        {
            var first = await db.Set<OpenSpanRow>().MinAsync(s => (int?)s.FromDay, ct);
            for (var day = first is { } f ? StatDay.ToDate(f) : DateOnly.MaxValue; day != DateOnly.MaxValue && StatDay.Of(day) <= closed; day = day.AddDays(1))
            {
                await db.Database.ExecuteSqlRawAsync(RollupSql.SnapshotProcedures(StatDay.Of(day)), ct);
            }
        }
        await db.Database.ExecuteSqlRawAsync(RollupSql.AllProcedures, ct);
        await db.Set<StatisticsMark>().Where(m => m.Name == StatisticsMark.Snapshot).ExecuteDeleteAsync(ct);
        db.Add(new StatisticsMark { Name = StatisticsMark.Snapshot, Day = closed });
        await db.SaveChangesAsync(ct);
        await db.Set<StatisticsChange>().Where(c => c.Id <= queuedUpTo).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        log.LogInformation("Statistics rebuilt: {Count} dossiers in {Elapsed} (facts built in {Building}, written in {Writing}, rolled up in {RollingUp}).",
            count, started.Elapsed, building, writing, rollingUp.Elapsed);
    }
}
