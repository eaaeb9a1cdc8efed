using System.Diagnostics;
using MotCua.Web.Data;

namespace MotCua.Web.Infrastructure;

/// <summary>
/// Reference data (the organisation tree, the procedure catalogue) that every intake and every staff request read but
/// that changes a few times a year. Reading it from the database on each request cost more than the intake's own
/// writes (bench/RESULTS.md), so it is kept in memory and reloaded after <see cref="MaxAge"/>: an edit made by another
/// node or directly in the database is seen within that time; <see cref="Invalidate"/> makes it immediate here.
/// Freshness is measured on the monotonic clock, not the business TimeProvider, which tests move back and forth.
/// Cached objects are shared between requests: read them, never attach or change them.
/// </summary>
public abstract class ReferenceCache<T>(IServiceScopeFactory scopes) : IDisposable where T : class
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    /// <summary>A miss forces a reload at most this often, so requests naming unknown codes cannot hammer the database.</summary>
    private static readonly TimeSpan MinAgeToForceReload = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile Entry? current;

    private sealed record Entry(T Value, long LoadedAt);

    public async Task<T> GetAsync(CancellationToken ct = default)
    {
        var entry = current;
        if (entry is not null && Stopwatch.GetElapsedTime(entry.LoadedAt) < MaxAge)
        {
            return entry.Value;
        }
        return await RefreshAsync(entry, ct);
    }

    /// <summary>
    /// For a code missing from <paramref name="seen"/> (say, an agency created a moment ago): reloads, unless another
    /// request already did since, or <paramref name="seen"/> is younger than a second.
    /// </summary>
    public async Task<T> ReloadAsync(T seen, CancellationToken ct = default)
    {
        var entry = current;
        var force = entry is not null && ReferenceEquals(entry.Value, seen) && Stopwatch.GetElapsedTime(entry.LoadedAt) >= MinAgeToForceReload;
        return force ? await RefreshAsync(entry, ct) : await GetAsync(ct);
    }

    public void Invalidate() => current = null;

    public void Dispose()
    {
        gate.Dispose();
        GC.SuppressFinalize(this);
    }

    protected abstract Task<T> LoadAsync(MotCuaDb db, CancellationToken ct);

    private async Task<T> RefreshAsync(Entry? stale, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var entry = current;
            if (entry is null || ReferenceEquals(entry, stale) || Stopwatch.GetElapsedTime(entry.LoadedAt) >= MaxAge)
            {
                using var scope = scopes.CreateScope();
                var value = await LoadAsync(scope.ServiceProvider.GetRequiredService<MotCuaDb>(), ct);
                entry = new Entry(value, Stopwatch.GetTimestamp());
                current = entry;
            }
            return entry.Value;
        }
        finally
        {
            gate.Release();
        }
    }
}
