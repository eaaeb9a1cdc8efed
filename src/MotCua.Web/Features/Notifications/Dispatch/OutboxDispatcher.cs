using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Web.Data;
using MotCua.Web.Features.Notifications.Channels;
using MotCua.Web.Features.Notifications.Staff;
using MotCua.Web.Features.Notifications.Templates;
using MotCua.Web.Features.Outbox;

namespace MotCua.Web.Features.Notifications.Dispatch;

/// <summary>
/// Delivers outbox messages (docs/decisions/0005-outbox-dispatch.md). A round claims due messages with a lease; for each
/// it plans the deliveries once (fan-out: the applicant's channels and the integration channels), sends those not yet
/// sent, records every send before the message is marked done, and on failure schedules the next round with backoff or
/// parks the message for an administrator. Any process may run it; the claim keeps a message to one of them at a time.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IOptions<NotificationOptions> options,
    IEnumerable<INotificationChannel> channels,
    NotificationTemplates templates,
    TemplateOverrides overrides,
    WriteGate gate,
    TimeProvider clock,
    ILogger<OutboxDispatcher> log)
{
    private readonly Dictionary<string, INotificationChannel> byName = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);
    private long rounds;

    /// <summary>This dispatcher's name in LeaseOwner: host, process, and an id (two dispatchers of one process differ).</summary>
    public string Instance { get; } = Truncate($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}", 60);

    private NotificationOptions O => options.Value;

    public sealed record Round(int Claimed, int Delivered, int Retrying, int Parked);

    /// <summary>One round: claim, deliver, record. The hosted loop calls it every poll; tests call it directly.</summary>
    public async Task<Round> DispatchOnceAsync(CancellationToken ct = default)
    {
        var token = $"{Instance}#{Interlocked.Increment(ref rounds).ToString(CultureInfo.InvariantCulture)}";
        var ids = await ClaimAsync(token, ct);
        int delivered = 0, retrying = 0, parked = 0;
        foreach (var id in ids)
        {
            switch (await ProcessAsync(id, token, ct))
            {
                case OutboxStatus.Delivered: delivered++; break;
                case OutboxStatus.Parked: parked++; break;
                case OutboxStatus.Pending: retrying++; break;
                case null: break;
            }
        }
        return new Round(ids.Count, delivered, retrying, parked);
    }

    /// <summary>Claims without delivering: what a dispatcher that dies right after its claim leaves behind (tests).</summary>
    public async Task<List<long>> ClaimAsync(string token, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        var now = clock.GetUtcNow();
        using var pass = await gate.EnterAsync(ct);
        return await OutboxClaims.ClaimAsync(db, DatabaseSetup.Provider(scope.ServiceProvider.GetRequiredService<IConfiguration>()),
            token, now, now.AddSeconds(O.LeaseSeconds), O.BatchSize, ct);
    }

    private async Task<OutboxStatus?> ProcessAsync(long id, string token, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        var message = await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.LeaseOwner == token, ct);
        if (message is null)
        {
            return null;
        }
        try
        {
            var loaded = await MessageFacts.LoadAsync(db, message, O.PublicBaseUrl, ct);
            var deliveries = await db.NotificationDeliveries.Where(d => d.OutboxMessageId == id).OrderBy(d => d.Id).ToListAsync(ct);
            if (deliveries.Count == 0)
            {
                var staff = OutboxTopics.IsStaff(message.Topic)
                    ? await StaffRecipients.ForAsync(db, message, MessageFacts.Flatten(message.Payload), ct)
                    : [];
                deliveries = Plan(message, loaded, staff);
                if (deliveries.Count > 0)
                {
                    db.NotificationDeliveries.AddRange(deliveries);
                    await SaveAsync(db, ct);
                }
            }
            string? firstError = null;
            var onlyPermanent = true;
            foreach (var delivery in deliveries.Where(d => d.Status is not (DeliveryStatus.Sent or DeliveryStatus.Skipped)))
            {
                if (clock.GetUtcNow() >= message.LeaseUntil)
                {
                    // The lease ran out (a slow provider): another dispatcher may hold the message now; leave the rest to it.
                    log.LogWarning("Lease of outbox message {Id} expired during dispatch; leaving it to the next claim", id);
                    return null;
                }
                var (error, permanent) = await SendAsync(delivery, loaded, ct);
                await SaveAsync(db, ct);
                firstError ??= error;
                onlyPermanent &= error is null || permanent;
            }
            return await FinishAsync(db, message, token, firstError, ct, parkNow: firstError is not null && onlyPermanent);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // A fault of the message itself (bad payload, a constraint): counted like a failed send, so it parks in the end.
            log.LogError(e, "Dispatch of outbox message {Id} failed", id);
            db.ChangeTracker.Clear();
            return await FinishAsync(db, message, token, Truncate(e.Message, 1000), ct);
        }
    }

    private List<NotificationDelivery> Plan(OutboxMessage message, MessageFacts.Loaded loaded, IReadOnlyList<StaffRecipient> staff)
    {
        var now = clock.GetUtcNow();
        var planned = new List<NotificationDelivery>();
        void Add(INotificationChannel channel, string address, StaffRecipient? officer = null) => planned.Add(new NotificationDelivery
        {
            OutboxMessageId = message.Id,
            DossierId = message.DossierId,
            Topic = message.Topic,
            Channel = channel.Name,
            Recipient = address,
            // Officers are named in the log (their names are on every control slip); applicants' addresses stay masked.
            RecipientDisplay = Truncate(officer?.FullName ?? channel.Mask(address), 300),
            Language = loaded.Language,
            // One per message, channel (and officer): the same key on every retry, so the provider (or the portal) sees one event.
            IdempotencyKey = $"motcua-{message.Id.ToString(CultureInfo.InvariantCulture)}-{channel.Name}{(officer is null ? "" : "-" + officer.UserId)}",
            Status = DeliveryStatus.Pending,
            CreatedAt = now,
        });
        foreach (var officer in staff)
        {
            Add(byName[WorkspaceChannel.ChannelName], officer.UserId, officer);
            if (O.StaffEmail && officer.Email is { Length: > 0 } mail && byName.TryGetValue("email", out var email) && email.IsConfigured)
            {
                Add(email, mail, officer);
            }
        }
        foreach (var name in NotificationRoutes.For(message.Topic, O.Routes))
        {
            if (byName.TryGetValue(name, out var channel) && channel is not IIntegrationChannel
                && (loaded.Contact.Chosen is null || loaded.Contact.Chosen.Contains(name))
                && (channel is not ITopicAware topical || topical.Handles(message.Topic))
                && channel.AddressOf(loaded.Contact) is { } address)
            {
                Add(channel, address);
                if (!channel.IsConfigured)
                {
                    // Not sent later when the channel is turned on: a receipt or a result notice days late misleads more
                    // than it helps. The log says what the applicant did not get, and why.
                    planned[^1].Status = DeliveryStatus.Skipped;
                    planned[^1].LastError = $"channel {name} is off (not configured)";
                }
            }
        }
        foreach (var channel in byName.Values.OfType<IIntegrationChannel>())
        {
            if (channel.IsConfigured && channel.Endpoint is { } endpoint && channel.Wants(message.Topic, message.DossierId))
            {
                Add(channel, endpoint);
            }
        }
        return planned;
    }

    /// <returns>The error (null when sent), and whether the provider refused it for good.</returns>
    private async Task<(string? Error, bool Permanent)> SendAsync(NotificationDelivery delivery, MessageFacts.Loaded loaded, CancellationToken ct)
    {
        delivery.Attempts++;
        delivery.LastAttemptAt = clock.GetUtcNow();
        try
        {
            if (!byName.TryGetValue(delivery.Channel, out var channel) || !channel.IsConfigured)
            {
                throw new ChannelFailureException($"channel {delivery.Channel} is off");
            }
            var custom = await overrides.FindAsync(loaded.Facts.Topic, delivery.Channel, delivery.Language, loaded.Facts.OccurredAt, ct);
            var rendered = templates.Render(delivery.Language, loaded.Facts, custom);
            var providerId = await channel.SendAsync(new NotificationRecipient(delivery.Recipient, delivery.Language), rendered, delivery.IdempotencyKey, ct);
            delivery.Status = DeliveryStatus.Sent;
            delivery.SentAt = clock.GetUtcNow();
            delivery.ProviderMessageId = Truncate(providerId, 200);
            delivery.LastError = null;
            return (null, false);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            delivery.Status = DeliveryStatus.Failed;
            delivery.LastError = Truncate(e.Message, 2000);
            log.LogWarning("Delivery {Key} ({Channel}) failed: {Error}", delivery.IdempotencyKey, delivery.Channel, e.Message);
            return (Truncate($"{delivery.Channel}: {e.Message}", 1000), e is ChannelFailureException { Permanent: true });
        }
    }

    /// <summary>Marks the message done, due again, or parked, only while this round still holds it.</summary>
    private async Task<OutboxStatus?> FinishAsync(MotCuaDb db, OutboxMessage message, string token, string? error, CancellationToken ct,
        bool parkNow = false)
    {
        var now = clock.GetUtcNow();
        var query = db.OutboxMessages.Where(m => m.Id == message.Id && m.LeaseOwner == token);
        OutboxStatus status;
        int changed;
        using (await gate.EnterAsync(ct))
        {
            if (error is null)
            {
                status = OutboxStatus.Delivered;
                changed = await query.ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, OutboxStatus.Delivered).SetProperty(m => m.ProcessedAt, now).SetProperty(m => m.LastError, (string?)null)
                    .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
            }
            else
            {
                var attempts = message.Attempts + 1;
                status = attempts >= O.MaxAttempts || parkNow ? OutboxStatus.Parked : OutboxStatus.Pending;
                DateTimeOffset? next = status == OutboxStatus.Parked ? null : now + Backoff.Delay(attempts, O.RetryBaseSeconds, O.RetryMaxSeconds, Random.Shared);
                changed = await query.ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, status).SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.NextAttemptAt, next)
                    .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
                if (changed == 1 && status == OutboxStatus.Parked)
                {
                    await db.NotificationDeliveries.Where(d => d.OutboxMessageId == message.Id && d.Status != DeliveryStatus.Sent && d.Status != DeliveryStatus.Skipped)
                        .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Parked), ct);
                    log.LogError("Outbox message {Id} ({Topic}) parked after {Attempts} attempts: {Error}", message.Id, message.Topic, attempts, error);
                }
            }
        }
        return changed == 1 ? status : null;
    }

    private async Task SaveAsync(MotCuaDb db, CancellationToken ct)
    {
        using var pass = await gate.EnterAsync(ct);
        await db.SaveChangesAsync(ct);
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
