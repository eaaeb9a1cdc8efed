using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Notifications.Dispatch;
using MotCua.Web.Features.Outbox;

namespace MotCua.Web.Features.Notifications;

public enum MessageFilter { Attention, Parked, Failing, Pending, Delivered, All }

/// <summary>The administrator's view of the outbox: what is stuck, why, and sending it again.</summary>
public sealed class NotificationAdmin(MotCuaDb db, WriteGate gate, TimeProvider clock)
{
    public const int PageSize = 50;

    public sealed record MessageRow(long Id, string Topic, string? DossierCode, OutboxStatus Status, int Attempts, string? LastError,
        DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? ProcessedAt, IReadOnlyList<DeliveryRow> Deliveries);

    public sealed record DeliveryRow(string Channel, string Recipient, DeliveryStatus Status, int Attempts, string? LastError, DateTimeOffset? SentAt);

    public enum ResendResult { Queued, NotFound, AlreadyDelivered }

    public async Task<List<MessageRow>> ListAsync(MessageFilter filter, string? topic, string? dossierCode, long? beforeId, CancellationToken ct)
    {
        var q = db.OutboxMessages.AsNoTracking();
        q = filter switch
        {
            MessageFilter.Attention => q.Where(m => m.Status == OutboxStatus.Parked || (m.Status == OutboxStatus.Pending && m.Attempts > 0)),
            MessageFilter.Parked => q.Where(m => m.Status == OutboxStatus.Parked),
            MessageFilter.Failing => q.Where(m => m.Status == OutboxStatus.Pending && m.Attempts > 0),
            MessageFilter.Pending => q.Where(m => m.Status == OutboxStatus.Pending),
            MessageFilter.Delivered => q.Where(m => m.Status == OutboxStatus.Delivered),
            MessageFilter.All => q,
        };
        if (!string.IsNullOrWhiteSpace(topic))
        {
            q = q.Where(m => m.Topic == topic.Trim());
        }
        if (!string.IsNullOrWhiteSpace(dossierCode))
        {
            var code = dossierCode.Trim();
            q = q.Where(m => db.Dossiers.Any(d => d.Id == m.DossierId && d.Code == code));
        }
        if (beforeId is { } before)
        {
            q = q.Where(m => m.Id < before);
        }
        var messages = await q.OrderByDescending(m => m.Id).Take(PageSize + 1).ToListAsync(ct);
        var ids = messages.Select(m => m.Id).ToList();
        var dossierIds = messages.Where(m => m.DossierId is not null).Select(m => m.DossierId!.Value).Distinct().ToList();
        var codes = await db.Dossiers.AsNoTracking().Where(d => dossierIds.Contains(d.Id)).Select(d => new { d.Id, d.Code }).ToDictionaryAsync(d => d.Id, d => d.Code, ct);
        var deliveries = (await db.NotificationDeliveries.AsNoTracking().Where(d => ids.Contains(d.OutboxMessageId)).OrderBy(d => d.Id).ToListAsync(ct))
            .ToLookup(d => d.OutboxMessageId);
        return messages.Select(m => new MessageRow(m.Id, m.Topic,
            m.DossierId is { } id && codes.TryGetValue(id, out var c) ? c ?? Dossiers.DossierReference.ForUnaccepted(id) : null,
            m.Status, m.Attempts, m.LastError, m.CreatedAt, m.NextAttemptAt, m.ProcessedAt,
            deliveries[m.Id].Select(d => new DeliveryRow(d.Channel, d.RecipientDisplay, d.Status, d.Attempts, d.LastError, d.SentAt)).ToList())).ToList();
    }

    public async Task<Dictionary<OutboxStatus, int>> CountsAsync(CancellationToken ct)
    {
        var rows = await db.OutboxMessages.AsNoTracking().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Key, r => r.Count);
    }

    /// <summary>
    /// Sends a parked or failing message again from a fresh count of attempts. Only the deliveries not sent go out again,
    /// with their same idempotency keys: a recipient who already has it does not get it twice.
    /// </summary>
    public async Task<ResendResult> ResendAsync(long id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        using var pass = await gate.EnterAsync(ct);
        var message = await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (message is null)
        {
            return ResendResult.NotFound;
        }
        if (message.Status == OutboxStatus.Delivered)
        {
            return ResendResult.AlreadyDelivered;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // A lease in force stays: the dispatcher holding the message finishes its round first.
        await db.OutboxMessages.Where(m => m.Id == id && m.Status != OutboxStatus.Delivered).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptAt, now), ct);
        await db.NotificationDeliveries.Where(d => d.OutboxMessageId == id && d.Status == DeliveryStatus.Parked)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Failed), ct);
        await tx.CommitAsync(ct);
        return ResendResult.Queued;
    }
}
