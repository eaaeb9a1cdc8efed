using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Web.Data;
using MotCua.Web.Infrastructure;

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

/// <summary>Runs <see cref="FileSweep"/> every <see cref="StorageOptions.SweepHours"/> on each node.</summary>
public sealed class FileSweepLoop(IServiceScopeFactory scopes, IOptions<StorageOptions> options, ILogger<FileSweepLoop> log) : PeriodicWork(log)
{
    protected override TimeSpan? Period() => options.Value.SweepHours > 0 ? TimeSpan.FromHours(options.Value.SweepHours) : null;

    protected override string FailureMessage => "File sweep failed; retrying at the next round.";

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<FileSweep>().SweepAsync(ct);
    }
}
