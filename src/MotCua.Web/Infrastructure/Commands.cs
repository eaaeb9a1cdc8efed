using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Audit;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Seed;

namespace MotCua.Web.Infrastructure;

/// <summary>
/// Operator subcommands of the one executable: <c>migrate</c> applies the migrations of the configured engine,
/// <c>seed --demo</c> loads the demo province, <c>seed --generate</c> fills it with generated dossiers,
/// <c>verify-audit [code]</c> checks every audit chain (exit 1 when broken), <c>rebuild-statistics</c> recomputes the
/// statistics from the dossiers, <c>bench-statistics</c> times the statistics queries, <c>sweep-files</c> deletes stored
/// files no draft or dossier refers to (older than Storage:OrphanGraceHours).
/// </summary>
public static class Commands
{
    private static readonly string[] Names = ["migrate", "seed", "verify-audit", "rebuild-statistics", "bench-statistics", "sweep-files"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Names.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        switch (args[0])
        {
            case "migrate":
                await db.Database.MigrateAsync();
                await CalendarSeed.RunAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>());
                Console.WriteLine($"Database migrated ({DatabaseSetup.Provider(app.Configuration)}).");
                return 0;
            case "seed":
                if (args.Contains("--generate"))
                {
                    return await Features.Generator.GenerateCommand.RunAsync(app, scope.ServiceProvider, args);
                }
                if (!args.Contains("--demo"))
                {
                    Console.Error.WriteLine("Usage: MotCua.Web seed --demo   (loads the demo province; refused in Production)");
                    Console.Error.WriteLine("       MotCua.Web seed --generate --dossiers N --from yyyy-MM-dd --to yyyy-MM-dd [--random-seed S] [--append]");
                    return 2;
                }
                if (app.Environment.IsProduction())
                {
                    Console.Error.WriteLine("Refusing to seed demo data in a Production environment.");
                    return 2;
                }
                await db.Database.MigrateAsync();
                await CalendarSeed.RunAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>());
                await DemoSeed.RunAsync(scope.ServiceProvider);
                Console.WriteLine("Demo province seeded.");
                return 0;
            case "rebuild-statistics":
            {
                // After a bulk load, a restore or a change of rule (docs/operations.md). Safe beside running nodes: the
                // rebuild and their catch-up take the same lock.
                var started = System.Diagnostics.Stopwatch.StartNew();
                await scope.ServiceProvider.GetRequiredService<Features.Statistics.StatisticsRollup>().RebuildAllAsync(CancellationToken.None);
                Console.WriteLine($"Statistics rebuilt in {started.Elapsed.TotalSeconds:F1} s.");
                return 0;
            }
            case "sweep-files":
            {
                var swept = await scope.ServiceProvider.GetRequiredService<Features.OnlineSubmission.FileSweep>().SweepAsync(CancellationToken.None);
                Console.WriteLine($"Files swept: {swept.Deleted} unreferenced deleted, {swept.Temporary} temporary deleted, {swept.Kept} old files in use kept.");
                return 0;
            }
            case "bench-statistics":
                return await Features.Generator.StatisticsTiming.RunAsync(scope.ServiceProvider, args);
            default:
                return await VerifyAuditAsync(db, args.Skip(1).FirstOrDefault());
        }
    }

    private static async Task<int> VerifyAuditAsync(MotCuaDb db, string? code)
    {
        var broken = 0;
        var checkedCount = 0;
        long lastId = 0;
        while (true)
        {
            // In pages by id: one open reader at a time (Npgsql allows no other), memory bounded on millions of dossiers.
            var page = await db.Dossiers.AsNoTracking().Where(d => d.Id > lastId && (code == null || d.Code == code))
                .OrderBy(d => d.Id).Take(500).Select(d => new { d.Id, d.Code, d.AuditHead }).ToListAsync();
            if (page.Count == 0)
            {
                break;
            }
            foreach (var d in page)
            {
                var entries = await db.AuditEntries.AsNoTracking().Where(e => e.DossierId == d.Id).OrderBy(e => e.Sequence).ToListAsync();
                var result = AuditChain.Verify(entries, d.AuditHead);
                checkedCount++;
                if (!result.Valid)
                {
                    broken++;
                    Console.WriteLine($"BROKEN {d.Code ?? "#" + d.Id}: entry {result.FirstBrokenSequence} ({result.Problem})");
                }
            }
            lastId = page[^1].Id;
        }
        Console.WriteLine($"{checkedCount} audit chains checked, {broken} broken.");
        return broken == 0 ? 0 : 1;
    }
}
