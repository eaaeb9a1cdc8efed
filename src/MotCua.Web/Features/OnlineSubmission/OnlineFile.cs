namespace MotCua.Web.Features.OnlineSubmission;

/// <summary>
/// A file a citizen attached to one document component (slot) of a draft or of an online dossier. The bytes live in the
/// <see cref="FileStore"/> under their content hash, never under the name the user gave; <see cref="FileName"/> is shown,
/// never used as a path.
/// </summary>
public sealed class OnlineFile
{
    public long Id { get; set; }
    public required string OwnerUserId { get; set; }
    public long? DraftId { get; set; }
    public long? DossierId { get; set; }
    public required string ComponentCode { get; set; }
    /// <summary>SHA-256 of the content (hex); null for a result of an earlier dossier pointed to without a file.</summary>
    public string? StorageKey { get; set; }
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public required string FileName { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    /// <summary>The earlier file of the same citizen this one reuses (digitised-data reuse).</summary>
    public long? ReusedFromFileId { get; set; }
    /// <summary>The earlier dossier whose issued result this slot points to.</summary>
    public long? ReusedResultOfDossierId { get; set; }
    /// <summary>The supplement request this file answers, when it was added after submission.</summary>
    public long? SupplementRequestId { get; set; }
    /// <summary>When the citizen sent it to the one-stop; null while it is still their working copy.</summary>
    public DateTimeOffset? SentAt { get; set; }

    public bool IsReuse => ReusedFromFileId is not null || ReusedResultOfDossierId is not null;
}
