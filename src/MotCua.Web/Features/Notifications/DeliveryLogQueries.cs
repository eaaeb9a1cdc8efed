using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Notifications.Dispatch;

namespace MotCua.Web.Features.Notifications;

/// <summary>The delivery log as others read it: per dossier (staff dossier page) and counted (statistics).</summary>
public sealed class DeliveryLogQueries(MotCuaDb db)
{
    public sealed record Entry(string Topic, string Channel, string Recipient, DeliveryStatus Status, int Attempts, string? ProviderMessageId,
        string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? LastAttemptAt, DateTimeOffset? SentAt);

    public sealed record Count(string Channel, DeliveryStatus Status, int Deliveries);

    public async Task<List<Entry>> ForDossierAsync(long dossierId, CancellationToken ct) =>
        await db.NotificationDeliveries.AsNoTracking().Where(d => d.DossierId == dossierId).OrderBy(d => d.Id)
            .Select(d => new Entry(d.Topic, d.Channel, d.RecipientDisplay, d.Status, d.Attempts, d.ProviderMessageId, d.LastError,
                d.CreatedAt, d.LastAttemptAt, d.SentAt))
            .ToListAsync(ct);

    /// <summary>Deliveries created in [from, to), per channel and status.</summary>
    public async Task<List<Count>> CountsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var rows = await db.NotificationDeliveries.AsNoTracking().Where(d => d.CreatedAt >= from && d.CreatedAt < to)
            .GroupBy(d => new { d.Channel, d.Status }).Select(g => new { g.Key.Channel, g.Key.Status, N = g.Count() }).ToListAsync(ct);
        return rows.Select(r => new Count(r.Channel, r.Status, r.N)).OrderBy(r => r.Channel, StringComparer.Ordinal).ThenBy(r => r.Status).ToList();
    }
}
