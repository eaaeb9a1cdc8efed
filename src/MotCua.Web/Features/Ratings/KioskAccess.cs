using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Ratings;

/// <summary>
/// The counter tablet is citizen-facing, so it holds no officer session (a citizen could walk from it into the staff
/// pages); it holds a per-counter key that lets it do one thing: rate the dossier just served at that counter.
/// </summary>
public sealed class KioskAccess(MotCuaDb db, TimeProvider clock)
{
    public async Task<bool> IsValidAsync(int counterId, string? key, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 64)
        {
            return false;
        }
        var stored = await db.Set<CounterKioskKey>().AsNoTracking().FirstOrDefaultAsync(k => k.CounterId == counterId, ct);
        return stored is not null && stored.Matches(key);
    }

    /// <summary>A new key for the counter (the old tablet link stops working); returned once, stored hashed.</summary>
    public async Task<string> IssueAsync(int counterId, string issuedById, CancellationToken ct = default)
    {
        var key = CounterKioskKey.NewKey();
        var stored = await db.Set<CounterKioskKey>().FirstOrDefaultAsync(k => k.CounterId == counterId, ct);
        if (stored is null)
        {
            db.Add(new CounterKioskKey { CounterId = counterId, KeyHash = CounterKioskKey.Hash(key), IssuedAt = clock.GetUtcNow(), IssuedById = issuedById });
        }
        else
        {
            stored.KeyHash = CounterKioskKey.Hash(key);
            stored.IssuedAt = clock.GetUtcNow();
            stored.IssuedById = issuedById;
        }
        await db.SaveChangesAsync(ct);
        return key;
    }

    public static string Url(int counterId, string key) => $"/quay/{counterId}/danh-gia?khoa={Uri.EscapeDataString(key)}";
}
