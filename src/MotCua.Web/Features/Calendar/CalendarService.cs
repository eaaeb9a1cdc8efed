using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Calendar;

/// <summary>
/// The working calendar in force, built from the holiday rules and yearly overrides in the database. Cached briefly:
/// an edit on this node is seen at once, on other nodes within <see cref="CacheFor"/>.
/// </summary>
public sealed class CalendarService(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim gate = new(1, 1);
    private WorkingCalendar? cached;
    private DateTimeOffset cachedAt;

    public async Task<WorkingCalendar> CurrentAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (cached is not null && now - cachedAt < CacheFor)
        {
            return cached;
        }
        await gate.WaitAsync(ct);
        try
        {
            if (cached is null || now - cachedAt >= CacheFor)
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
                cached = await BuildAsync(db, ct);
                cachedAt = now;
            }
            return cached;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate() => cached = null;

    public void Dispose() => gate.Dispose();

    public static async Task<WorkingCalendar> BuildAsync(MotCuaDb db, CancellationToken ct)
    {
        var rules = await db.HolidayRules.AsNoTracking().ToListAsync(ct);
        var overrides = await db.CalendarOverrides.AsNoTracking().ToListAsync(ct);
        return CalendarRowsMapping.ToCalendar(rules, overrides);
    }
}
