using MotCua.Domain.Calendar;

namespace MotCua.Domain.Statistics;

/// <summary>A supplement asked during processing (Form 02 after acceptance) and when the complete supplement arrived.</summary>
public sealed record SupplementWait(DateTimeOffset RequestedAt, DateTimeOffset? ReceivedAt);

/// <summary>
/// What rule 2.1 needs to know of one accepted dossier: its reception, the statutory time it keeps, the due dates it was
/// given (the first, the current one, the one before an apology), the supplements asked during processing, and its end
/// (the first of result ready, refusal, stop or withdrawal; null while open).
/// </summary>
public sealed record DossierTimeline(
    DateTimeOffset ReceivedAt,
    ProcessingTime Time,
    DateTimeOffset OriginalDueAt,
    DateTimeOffset DueAt,
    DateTimeOffset? ApologizedAt,
    DateTimeOffset? DueAtBeforeApology,
    DateTimeOffset? EndAt,
    IReadOnlyList<SupplementWait> Supplements)
{
    /// <summary>The end of a dossier for the statistics: the result ready, else the refusal, stop, withdrawal or return.</summary>
    public static DateTimeOffset? EndOf(DateTimeOffset? resultReadyAt, DateTimeOffset? endedAt) =>
        resultReadyAt is { } r && (endedAt is null || r <= endedAt) ? r : endedAt;
}
