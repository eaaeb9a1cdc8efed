namespace MotCua.Web.Features.Audit;

/// <summary>
/// One action on a dossier, appended and never changed. Each entry hashes its content with the previous entry's hash,
/// so changing or deleting any entry breaks the chain from there on (<see cref="AuditChain.Verify"/>).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public long DossierId { get; set; }
    public int Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public string? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public required string Action { get; set; }
    public string? FromStatus { get; set; }
    public string? ToStatus { get; set; }
    public string? Note { get; set; }
    /// <summary>What the action touched (documents, dates, step), as JSON.</summary>
    public string? Data { get; set; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
