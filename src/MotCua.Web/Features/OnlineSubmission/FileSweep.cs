using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Web.Data;

namespace MotCua.Web.Features.OnlineSubmission;

/// <summary>
/// Deletes stored files that no draft or dossier refers to any more — the uploads of a deleted draft, a file the citizen
/// removed, the leftovers of an interrupted upload — once they are older than <see cref="StorageOptions.OrphanGraceHours"/>.
/// Files are kept under their content hash and shared by every row with the same bytes, so a file goes only when no row at
/// all names its key. Several nodes may sweep the same store at once: each only deletes what is unreferenced and old.
/// </summary>
public sealed class FileSweep(MotCuaDb db, FileStore store, TimeProvider clock, IOptions<StorageOptions> options, ILogger<FileSweep> log)
{
    private const int Batch = 1000;

    public sealed record Result(int Deleted, int Kept, int Temporary);

    public async Task<Result> SweepAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow() - TimeSpan.FromHours(Math.Max(0, options.Value.OrphanGraceHours));
        int deleted = 0, kept = 0;
        foreach (var chunk in store.Enumerate().Where(e => e.WrittenAt < cutoff).Select(e => e.Key).Chunk(Batch))
        {
            var keys = chunk.ToList();
            var referenced = (await db.Set<OnlineFile>().AsNoTracking().Where(f => f.StorageKey != null && keys.Contains(f.StorageKey))
                .Select(f => f.StorageKey!).Distinct().ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                if (referenced.Contains(key))
                {
                    kept++;
                }
                else if (store.DeleteIfOlder(key, cutoff))
                {
                    deleted++;
                }
            }
        }
        var temporary = store.DeleteTemporary(cutoff);
        if (deleted + temporary > 0)
        {
            log.LogInformation("File sweep: {Deleted} unreferenced files and {Temporary} leftovers of interrupted uploads deleted; {Kept} old files still in use.",
                deleted, temporary, kept);
        }
        return new(deleted, kept, temporary);
    }
}

/// <summary>Runs <see cref="FileSweep"/> every <see cref="StorageOptions.SweepHours"/> on each node (a failed round is retried next time).</summary>
public sealed class FileSweepLoop(IServiceScopeFactory scopes, IOptions<StorageOptions> options, ILogger<FileSweepLoop> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.SweepHours <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromHours(options.Value.SweepHours));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<FileSweep>().SweepAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed round (database or disk unavailable) is retried at the next tick.
            catch (Exception e)
#pragma warning restore CA1031
            {
                log.LogWarning(e, "File sweep failed; retrying at the next round.");
            }
        }
    }
}
