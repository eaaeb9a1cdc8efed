using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Feedback;
using MotCua.Web.Features.Statistics;
using Npgsql;

namespace MotCua.Web.Features.Generator;

public sealed class GenerationRefusedException(string message) : Exception(message);

/// <summary>What a generation did and how long each part took.</summary>
public sealed record GenerationSummary(int Dossiers, int Accepted, int Feedback, int RuleRefusals, TimeSpan Writing, TimeSpan Finishing,
    TimeSpan Statistics, TimeSpan Total, string Engine, int Writers, bool ForeignKeyTriggersSkipped)
{
    public double DossiersPerSecond => Dossiers / Math.Max(Total.TotalSeconds, 0.001);

    public string Line() => string.Create(CultureInfo.InvariantCulture,
        $"Generated {Dossiers} dossiers ({Accepted} accepted, {Feedback} feedback) in {Total.TotalSeconds:F1} s = {DossiersPerSecond:F0} dossiers/s on {Engine}: " +
        $"generate+write {Writing.TotalSeconds:F1} s, sequences+feedback+analyze {Finishing.TotalSeconds:F1} s, statistics rebuild {Statistics.TotalSeconds:F1} s; lifecycle refusals {RuleRefusals}.");
}

/// <summary>
/// The streaming pipeline: days are planned up front (counts only), then generated in parallel slices of at most
/// <see cref="SliceSize"/> dossiers and handed through a small bounded channel to the writers — memory stays at a few
/// slices whatever N is. Ids are reserved in one block so that children can point to their dossier without a round
/// trip; codes continue each one-stop's day sequence. Afterwards the day counters of the codes are brought up to the
/// last number used, and the statistics are rebuilt from the dossiers.
/// </summary>
public sealed class DossierGenerator(IServiceProvider services, TextWriter log)
{
    public const int SliceSize = 2000;

    public async Task<GenerationSummary> RunAsync(GeneratorOptions options, CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        var db = services.GetRequiredService<MotCuaDb>();
        var postgres = db.Database.IsNpgsql();
        var horizon = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var province = await ProvinceModel.LoadAsync(db, ct);

        if (options.To >= VietnamTime.LocalDate(horizon))
        {
            // Only the past is generated: a dossier received later than now would be a lie in every figure.
            throw new GenerationRefusedException(string.Create(CultureInfo.InvariantCulture,
                $"--to must be before today ({VietnamTime.LocalDate(horizon):yyyy-MM-dd})."));
        }
        var start = VietnamTime.StartOfDay(options.From);
        var end = VietnamTime.StartOfDay(options.To.AddDays(1));
        if (!options.Append && await db.Dossiers.AnyAsync(d => d.ReceivedAt >= start && d.ReceivedAt < end, ct))
        {
            throw new GenerationRefusedException(string.Create(CultureInfo.InvariantCulture,
                $"The database already holds dossiers received between {options.From:yyyy-MM-dd} and {options.To:yyyy-MM-dd}: refusing to generate twice (add --append to add more)."));
        }

        var days = ArrivalShape.Plan(options.Dossiers, options.From, options.To, province.Calendar);
        var firstId = await ReserveIdsAsync(db, postgres, options.Dossiers, ct);
        var plans = new List<DayGenerator.DayPlan>(days.Count);
        var offset = firstId;
        for (var i = 0; i < days.Count; i++)
        {
            plans.Add(new(i, days[i].Day, days[i].Count, offset, days.Count == 1 ? 1 : (double)i / (days.Count - 1)));
            offset += days[i].Count;
        }
        var existing = await ExistingSequencesAsync(db, options, ct);
        var connectionString = db.Database.GetConnectionString()!;
        var writers = postgres ? Math.Max(1, Math.Min(2, Environment.ProcessorCount)) : 1;
        var producers = Math.Max(1, Environment.ProcessorCount);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generating {options.Dossiers} dossiers over {days.Count} working days ({options.From:yyyy-MM-dd}..{options.To:yyyy-MM-dd}), seed {options.RandomSeed}, ids from {firstId}, {producers} generators, {writers} writer(s) on {(postgres ? "PostgreSQL (binary COPY)" : "SQLite (prepared inserts)")}."));

        var lastCodes = new ConcurrentDictionary<(string Point, string Day), int>();
        var feedback = new ConcurrentBag<FeedbackCase>();
        var written = 0;
        var accepted = 0;
        var refusals = 0;
        var nextDay = -1;
        var triggersSkipped = postgres;
        var slices = System.Threading.Channels.Channel.CreateBounded<GeneratedBatch>(new System.Threading.Channels.BoundedChannelOptions(writers) { SingleReader = writers == 1 });
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var writing = Stopwatch.StartNew();
        var lastReport = Stopwatch.StartNew();

        var producerTasks = Enumerable.Range(0, producers).Select(_ => Task.Run(async () =>
        {
            var life = new DossierLife(province, db, horizon);
            var generator = new DayGenerator(province, life, options.RandomSeed);
            try
            {
                for (var i = Interlocked.Increment(ref nextDay); i < plans.Count; i = Interlocked.Increment(ref nextDay))
                {
                    var plan = plans[i];
                    var dayKey = DossierCode.DayKey(plan.Day);
                    var result = generator.Generate(plan, point => existing.GetValueOrDefault((point, dayKey)) + 1);
                    foreach (var (point, last) in result.LastCodes)
                    {
                        lastCodes[(point, dayKey)] = last;
                    }
                    foreach (var f in result.Feedback)
                    {
                        feedback.Add(f);
                    }
                    Interlocked.Add(ref accepted, result.Batch.Dossiers.Count(d => d.Code is not null));
                    foreach (var slice in Slices(result.Batch))
                    {
                        await slices.Writer.WriteAsync(slice, cancel.Token);
                    }
                }
            }
            finally
            {
                Interlocked.Add(ref refusals, life.RuleRefusals);
            }
        }, cancel.Token)).ToList();

        var writerTasks = Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            await using IBulkSink sink = postgres
                ? await PostgresSink.OpenAsync(connectionString, db, cancel.Token)
                : await SqliteSink.OpenAsync(connectionString, db, cancel.Token);
            if (sink is PostgresSink { TriggersSkipped: false })
            {
                triggersSkipped = false;
            }
            await foreach (var slice in slices.Reader.ReadAllAsync(cancel.Token))
            {
                await sink.WriteAsync(slice, cancel.Token);
                var done = Interlocked.Add(ref written, slice.Dossiers.Count);
                lock (lastReport)
                {
                    if (lastReport.Elapsed.TotalSeconds >= 5 || done == options.Dossiers)
                    {
                        lastReport.Restart();
                        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  {done,10} / {options.Dossiers} dossiers written, {writing.Elapsed.TotalSeconds,6:F0} s, {done / Math.Max(writing.Elapsed.TotalSeconds, 0.001),7:F0} dossiers/s, managed memory {GC.GetTotalMemory(false) / 1048576} MB"));
                    }
                }
            }
        }, cancel.Token)).ToList();

        try
        {
            await Task.WhenAll(producerTasks);
            slices.Writer.Complete();
            await Task.WhenAll(writerTasks);
        }
        catch
        {
            await cancel.CancelAsync();
            slices.Writer.TryComplete();
            throw;
        }
        writing.Stop();

        var finishing = Stopwatch.StartNew();
        await SaveSequencesAsync(db, lastCodes, ct);
        await SaveFeedbackAsync(db, feedback.OrderBy(f => f.TrackingCode, StringComparer.Ordinal).ToList(), ct);
        if (postgres)
        {
            await db.Database.ExecuteSqlRawAsync(
                """ANALYZE "Dossiers", "DossierSteps", "DossierDocuments", "SupplementRequests", "AuditEntries", "Payments", "Ratings", "FeedbackCases" """, ct);
        }
        finishing.Stop();

        var statistics = Stopwatch.StartNew();
        log.WriteLine("Rebuilding the statistics (StatisticsRollup.RebuildAllAsync)...");
        await ActivatorUtilities.GetServiceOrCreateInstance<StatisticsRollup>(services).RebuildAllAsync(ct);
        statistics.Stop();
        total.Stop();
        return new(options.Dossiers, accepted, feedback.Count, refusals, writing.Elapsed, finishing.Elapsed, statistics.Elapsed, total.Elapsed,
            postgres ? "PostgreSQL" : "SQLite", writers, postgres && triggersSkipped);
    }

    private static IEnumerable<GeneratedBatch> Slices(GeneratedBatch day)
    {
        if (day.Dossiers.Count <= SliceSize)
        {
            yield return day;
            yield break;
        }
        var payments = day.Payments.ToLookup(p => p.DossierId);
        var ratings = day.Ratings.ToLookup(r => r.DossierId);
        for (var i = 0; i < day.Dossiers.Count; i += SliceSize)
        {
            var slice = new GeneratedBatch();
            foreach (var d in day.Dossiers.Skip(i).Take(SliceSize))
            {
                slice.Dossiers.Add(d);
                slice.Payments.AddRange(payments[d.Id]);
                slice.Ratings.AddRange(ratings[d.Id]);
            }
            yield return slice;
        }
    }

    /// <summary>A block of N dossier ids nobody else will take: the identity sequence is moved past it (PostgreSQL);
    /// SQLite's AUTOINCREMENT follows the largest id written.</summary>
    private static async Task<long> ReserveIdsAsync(MotCuaDb db, bool postgres, int count, CancellationToken ct)
    {
        var max = await db.Dossiers.MaxAsync(d => (long?)d.Id, ct) ?? 0;
        if (!postgres)
        {
            return max + 1;
        }
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand("""
                SELECT setval(s, GREATEST(nextval(s), @max + 1) + @count - 1) - @count + 1
                FROM pg_get_serial_sequence('"Dossiers"', 'Id') AS s
                """, connection);
            command.Parameters.AddWithValue("max", max);
            command.Parameters.AddWithValue("count", (long)count);
            return (long)(await command.ExecuteScalarAsync(ct))!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<Dictionary<(string, string), int>> ExistingSequencesAsync(MotCuaDb db, GeneratorOptions options, CancellationToken ct)
    {
        var fromKey = DossierCode.DayKey(options.From);
        var toKey = DossierCode.DayKey(options.To);
        // yyMMdd keys sort like dates within a century.
        var rows = await db.DossierCodeSequences.AsNoTracking()
            .Where(s => string.Compare(s.Day, fromKey) >= 0 && string.Compare(s.Day, toKey) <= 0).ToListAsync(ct);
        return rows.ToDictionary(r => (r.AgencyCode, r.Day), r => r.Last);
    }

    /// <summary>Each one-stop's day counter ends at the last code generated, so the next real intake continues the sequence.</summary>
    private static async Task SaveSequencesAsync(MotCuaDb db, IDictionary<(string Point, string Day), int> lastCodes, CancellationToken ct)
    {
        var greatest = db.Database.IsNpgsql() ? "GREATEST" : "max";
        foreach (var chunk in lastCodes.OrderBy(k => k.Key.Day, StringComparer.Ordinal).ThenBy(k => k.Key.Point, StringComparer.Ordinal).Chunk(500))
        {
            var values = string.Join(", ", chunk.Select(k => string.Create(CultureInfo.InvariantCulture, $"('{k.Key.Point}', '{k.Key.Day}', {k.Value})")));
            // Point codes and day keys are validated formats (DossierCode), never user text.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"""
                INSERT INTO "DossierCodeSequences" ("AgencyCode", "Day", "Last") VALUES {values}
                ON CONFLICT ("AgencyCode", "Day") DO UPDATE SET "Last" = {greatest}("DossierCodeSequences"."Last", excluded."Last")
                """, ct);
#pragma warning restore EF1002
        }
    }

    private static async Task SaveFeedbackAsync(MotCuaDb db, List<FeedbackCase> feedback, CancellationToken ct)
    {
        foreach (var chunk in feedback.Chunk(1000))
        {
            db.FeedbackCases.AddRange(chunk);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
