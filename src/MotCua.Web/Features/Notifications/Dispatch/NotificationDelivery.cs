using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Web.Features.Notifications.Dispatch;

/// <summary>Skipped: the applicant chose a channel that is off here; recorded so the log says why nothing went out.</summary>
public enum DeliveryStatus { Pending, Sent, Failed, Parked, Skipped }

/// <summary>
/// One recipient on one channel of an outbox message: the delivery log of issue 5 part 4. It is written before the message
/// is marked done, so a dispatcher that takes the message over after a crash sends only what was not recorded as sent.
/// </summary>
public sealed class NotificationDelivery
{
    public long Id { get; set; }
    public long OutboxMessageId { get; set; }
    public long? DossierId { get; set; }
    public required string Topic { get; set; }
    public required string Channel { get; set; }
    /// <summary>The address the recipient gave (e-mail, phone, webhook URL); needed to send again, never shown.</summary>
    public required string Recipient { get; set; }
    /// <summary>What staff see: a•••@example.vn, ••••5678, the portal's host.</summary>
    public required string RecipientDisplay { get; set; }
    public required string Language { get; set; }
    /// <summary>Sent to the provider with every attempt (message id, channel, recipient): a repeated send is recognisable.</summary>
    public required string IdempotencyKey { get; set; }
    public DeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public string? ProviderMessageId { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}

public sealed class NotificationDeliveryConfiguration : IEntityTypeConfiguration<NotificationDelivery>
{
    public void Configure(EntityTypeBuilder<NotificationDelivery> builder)
    {
        var e = builder;
        e.HasIndex(x => x.IdempotencyKey).IsUnique();
        e.HasIndex(x => x.OutboxMessageId);
        e.HasIndex(x => new { x.DossierId, x.CreatedAt });
        e.HasIndex(x => new { x.Channel, x.Status, x.CreatedAt });
        e.Property(x => x.Topic).HasMaxLength(80);
        e.Property(x => x.Channel).HasMaxLength(20);
        e.Property(x => x.Recipient).HasMaxLength(500);
        e.Property(x => x.RecipientDisplay).HasMaxLength(300);
        e.Property(x => x.Language).HasMaxLength(5);
        e.Property(x => x.IdempotencyKey).HasMaxLength(200);
        e.Property(x => x.ProviderMessageId).HasMaxLength(200);
        e.Property(x => x.LastError).HasMaxLength(2000);
        e.HasOne<Outbox.OutboxMessage>().WithMany().HasForeignKey(x => x.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Dossiers.Dossier>().WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.SetNull);
    }
}
