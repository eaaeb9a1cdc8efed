using Microsoft.Extensions.Caching.Memory;

namespace MotCua.Web.Features.Transparency;

/// <summary>
/// The computed public figures, kept a short time per (what, period, unit): the public pages are the most visited of the
/// site and must answer in ≤ 200 ms on a province's millions of dossiers, while the figures may be a minute old (the page
/// says when they were computed). Its own MemoryCache with a size limit, so that anyone asking for many custom periods
/// cannot grow it without bound; one computation per key at a time (concurrent requests share it).
/// Age is measured on the business clock (tests move it); a clock moved back makes an entry stale too.
/// An entry asked for in the last quarter of its life is recomputed in the background while it is still served, so a
/// page visited steadily never makes a visitor wait for the computation (only the first visit after a quiet minute does).
/// </summary>
public sealed class TransparencyCache : IDisposable
{
    private readonly MemoryCache cache;
    private readonly TimeProvider clock;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> refreshing = new(StringComparer.Ordinal);

    public TransparencyCache(TimeProvider clock, IConfiguration config)
    {
        this.clock = clock;
        Lifetime = TimeSpan.FromSeconds(Math.Max(0, config.GetValue("Transparency:CacheSeconds", 60)));
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, config.GetValue("Transparency:CacheEntries", 500)) });
    }

    public TimeSpan Lifetime { get; }

    /// <summary>Whether figures for this key are held (fresh or stale): the warm-up's test reads it.</summary>
    public bool Holds(string key) => cache.TryGetValue(key, out _);

    public sealed record Cached<T>(T Value, DateTimeOffset ComputedAt);

    private sealed class Entry(DateTimeOffset at, Task<object> value)
    {
        public DateTimeOffset At { get; } = at;
        public Task<object> Value { get; } = value;
    }

    public async Task<Cached<T>> GetAsync<T>(string key, Func<CancellationToken, Task<T>> compute) where T : class
    {
        var now = clock.GetUtcNow();
        if (cache.TryGetValue(key, out Entry? entry) && entry is not null && now >= entry.At && now - entry.At < Lifetime)
        {
            if (!entry.Value.IsFaulted && !entry.Value.IsCanceled)
            {
                if (entry.Value.IsCompletedSuccessfully && now - entry.At >= Lifetime * 0.75)
                {
                    RefreshAhead(key, compute, now);
                }
                return new Cached<T>((T)await entry.Value, entry.At);
            }
        }
        Entry fresh;
        lock (cache)
        {
            // Another request may have started the same computation between the check and the lock.
            if (cache.TryGetValue(key, out Entry? raced) && raced is not null && now >= raced.At && now - raced.At < Lifetime && !raced.Value.IsFaulted)
            {
                fresh = raced;
            }
            else
            {
                // Not bound to this request: other requests await it too.
                fresh = new Entry(now, Task.Run(async () => (object)(await compute(CancellationToken.None))));
                cache.Set(key, fresh, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime + Lifetime + TimeSpan.FromSeconds(1) });
            }
        }
        try
        {
            return new Cached<T>((T)await fresh.Value, fresh.At);
        }
        catch
        {
            cache.Remove(key);
            throw;
        }
    }

    /// <summary>One background recomputation per key; the new entry replaces the old only once it is ready.</summary>
    private void RefreshAhead<T>(string key, Func<CancellationToken, Task<T>> compute, DateTimeOffset now) where T : class
    {
        if (!refreshing.TryAdd(key, 0))
        {
            return;
        }
        _ = Task.Run(async () =>
        {
            try
            {
                var value = (object)await compute(CancellationToken.None);
                lock (cache)
                {
                    cache.Set(key, new Entry(now, Task.FromResult(value)),
                        new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime + Lifetime + TimeSpan.FromSeconds(1) });
                }
            }
            catch (Exception)
            {
                // The entry in place stays until it expires; the next visit after that computes again and reports any error.
            }
            finally
            {
                refreshing.TryRemove(key, out _);
            }
        });
    }

    public void Dispose() => cache.Dispose();
}
