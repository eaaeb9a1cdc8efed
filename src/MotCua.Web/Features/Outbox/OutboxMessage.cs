namespace MotCua.Web.Features.Outbox;

/// <summary>
/// An event worth telling someone, written in the same transaction as the state change that caused it
/// (transactional outbox); a background dispatcher delivers it.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public required string Topic { get; set; }
    public long? DossierId { get; set; }
    public required string Payload { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public string? LastError { get; set; }
}
