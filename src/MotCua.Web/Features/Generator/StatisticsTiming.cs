using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Statistics;

namespace MotCua.Web.Features.Generator;

/// <summary>
/// <c>MotCua.Web bench-statistics --quarter yyyy-MM-dd</c> (the quarter's first day): times the statistics queries
/// in-process, each beside a baseline taken in the same process on the same database (a bare count of the dossier
/// table), for bench/stats/run.sh. One cold run, then the median of five warm ones; one line per measure.
/// </summary>
public static class StatisticsTiming
{
    private const int WarmRuns = 5;

    public static async Task<int> RunAsync(IServiceProvider root, string[] args)
    {
        var i = Array.IndexOf(args, "--quarter");
        if (i < 0 || i + 1 >= args.Length
            || !DateOnly.TryParseExact(args[i + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            Console.Error.WriteLine("Usage: MotCua.Web bench-statistics --quarter yyyy-MM-dd   (the first day of the quarter)");
            return 2;
        }
        var quarter = new StatPeriod(from, from.AddMonths(3).AddDays(-1));
        var month = new StatPeriod(quarter.To.AddDays(1).AddMonths(-1), quarter.To);
        var (unitId, unitCode) = await BusiestUnitAsync(root, quarter);

        await MeasureAsync(root, "baseline-count-dossiers", sp => sp.GetRequiredService<MotCuaDb>().Database
            .SqlQueryRaw<long>("""SELECT count(*) AS "Value" FROM "Dossiers" """).SingleAsync());
        await MeasureAsync(root, "province-quarter-total", sp => Queries(sp).TotalAsync(new StatFilter(), quarter, default));
        await MeasureAsync(root, "province-quarter-by-unit", sp => Queries(sp).ByUnitAsync(new StatFilter(), quarter, default));
        await MeasureAsync(root, $"unit-month-total[{unitCode}]", sp => Queries(sp).TotalAsync(new StatFilter(AgencyId: unitId), month, default));
        await MeasureAsync(root, "index766-all-units-quarter", sp =>
            ActivatorUtilities.GetServiceOrCreateInstance<IndexQueries>(sp).ComputeAsync(quarter, default));
        await CatchUpAsync(root);
        return 0;
    }

    /// <summary>Dossiers re-queued for the catch-up measure: about what five seconds of intake queue on a busy center.</summary>
    private const int CatchUpDossiers = 5_000;

    /// <summary>
    /// The cost of keeping the figures current, per dossier: the newest dossiers queued again and caught up, as the
    /// background job does after intake (a refresh of a dossier already counted does the same reads and writes, plus
    /// taking back the old contribution).
    /// </summary>
    private static async Task CatchUpAsync(IServiceProvider root)
    {
        // The first round warms the code paths up; the second is measured.
        for (var round = 0; round < 2; round++)
        {
            await CatchUpRoundAsync(root, round == 1);
        }
    }

    private static async Task CatchUpRoundAsync(IServiceProvider root, bool report)
    {
        using var scope = root.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        await db.Database.ExecuteSqlRawAsync($"""
            INSERT INTO "StatisticsChanges" ("DossierId") SELECT "Id" FROM "Dossiers" WHERE "Code" IS NOT NULL ORDER BY "Id" DESC LIMIT {CatchUpDossiers}
            """);
        var watch = Stopwatch.StartNew();
        var done = await scope.ServiceProvider.GetRequiredService<StatisticsRollup>().CatchUpAsync(default);
        var elapsed = watch.Elapsed;
        if (!report)
        {
            return;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timing catch-up-per-dossier dossiers={done} total_ms={elapsed.TotalMilliseconds:F0} median_ms={elapsed.TotalMilliseconds / Math.Max(1, done):F3}"));
    }

    private static StatisticsQueries Queries(IServiceProvider sp) => ActivatorUtilities.GetServiceOrCreateInstance<StatisticsQueries>(sp);

    /// <summary>The competent unit that received most in the quarter: the heaviest "one unit" there is.</summary>
    private static async Task<(int Id, string Code)> BusiestUnitAsync(IServiceProvider root, StatPeriod quarter)
    {
        using var scope = root.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        var start = MotCua.Domain.VietnamTime.StartOfDay(quarter.From);
        var end = MotCua.Domain.VietnamTime.StartOfDay(quarter.To.AddDays(1));
        var busiest = await db.Dossiers.Where(d => d.ReceivedAt >= start && d.ReceivedAt < end && d.Code != null)
            .GroupBy(d => d.CompetentAgencyId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefaultAsync();
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == busiest)
            ?? await db.Agencies.AsNoTracking().FirstAsync(a => a.Kind == AgencyKind.Department);
        return (agency.Id, agency.Code);
    }

    private static async Task MeasureAsync<T>(IServiceProvider root, string name, Func<IServiceProvider, Task<T>> query)
    {
        var times = new List<double>();
        string? failure = null;
        for (var run = 0; run <= WarmRuns && failure is null; run++)
        {
            using var scope = root.CreateScope();
            var watch = Stopwatch.StartNew();
            try
            {
                await query(scope.ServiceProvider);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            catch (NotImplementedException)
            {
                failure = "not-implemented";
            }
        }
        Console.WriteLine(failure is not null
            ? $"timing {name} unavailable={failure}"
            : string.Create(CultureInfo.InvariantCulture, $"timing {name} cold_ms={times[0]:F1} median_ms={times.Skip(1).Order().ElementAt(WarmRuns / 2):F1}"));
    }
}
