namespace MotCua.Web.Features.Outbox;

/// <summary>
/// An event worth telling someone, written in the same transaction as the state change that caused it
/// (transactional outbox); a background dispatcher delivers it (Features/Notifications, docs/decisions/0005).
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public required string Topic { get; set; }
    public long? DossierId { get; set; }
    public required string Payload { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    /// <summary>Dispatch rounds that ended with an undelivered part.</summary>
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>The claim of one dispatcher (process and round); another may take the message once the lease ends.</summary>
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}

public enum OutboxStatus { Pending, Delivered, Parked }
