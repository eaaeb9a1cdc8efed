using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Ratings;

namespace MotCua.Web.Features.Statistics;

/// <summary>
/// One accepted dossier as the statistics see it, judged by rule 2.1 in C# (MotCua.Domain.Statistics) and kept current by
/// <see cref="StatisticsRollup"/>. Days are business days (Vietnam) as int yyyymmdd. No personal data.
/// </summary>
public sealed class DossierFact
{
    public long DossierId { get; set; }
    public required string Code { get; set; }
    /// <summary>The competent agency: the unit that decides, to which the dossier is attributed.</summary>
    public int AgencyId { get; set; }
    public AgencyLevel Level { get; set; }
    public int ProcedureId { get; set; }
    public required string FieldCode { get; set; }
    public Channel Channel { get; set; }
    public DossierStatus Status { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public int ReceivedDay { get; set; }
    /// <summary>The due date in force (after an apology, the new one), for display.</summary>
    public DateTimeOffset? DueAt { get; set; }
    /// <summary>The first of result ready, refusal, stop, withdrawal; null while open.</summary>
    public DateTimeOffset? EndAt { get; set; }
    public int? EndDay { get; set; }
    /// <summary>Rule 2.1 at the end; null while open.</summary>
    public TimelinessMark? Timeliness { get; set; }
    public int? ProcessingDays { get; set; }
    /// <summary>While open: overdue at any instant after this one, if nothing happens (null = never).</summary>
    public DateTimeOffset? OverdueAfter { get; set; }
    /// <summary>A procedure with a fee or charge to pay (denominator of indicator 3.6).</summary>
    public bool FeeBearing { get; set; }
    /// <summary>Paid online (VNPay), settled.</summary>
    public bool PaidOnline { get; set; }
    /// <summary>Every mandatory component received with an electronic file (uploaded or reused): indicator 4.2.</summary>
    public bool Digitised { get; set; }
    /// <summary>At least one component reused from digitised data: indicator 4.3.</summary>
    public bool Reused { get; set; }
    public SatisfactionLevel? Rating { get; set; }
    public int? RatedDay { get; set; }
    /// <summary>A feedback (PAKN) names this dossier (and was not refused as out of scope).</summary>
    public bool HasFeedback { get; set; }
    /// <summary>Rated not satisfied, or with feedback: the second term of indicator 5.4.</summary>
    public bool Dissatisfied { get; set; }
}

/// <summary>
/// Business days at whose end (midnight) a dossier was open, judged alike (rule 2.1 at that instant): the source of
/// "open at a period's end" for periods in the past. ToDay = <see cref="StatDay.Never"/> while the dossier is open.
/// </summary>
public sealed class OpenSpanRow
{
    public long Id { get; set; }
    public long DossierId { get; set; }
    public int AgencyId { get; set; }
    public int ProcedureId { get; set; }
    public int FromDay { get; set; }
    public int ToDay { get; set; }
    public bool Overdue { get; set; }
    /// <summary>Copied from the fact: overdue or dissatisfied counts against indicator 5.4.</summary>
    public bool Dissatisfied { get; set; }
}

/// <summary>
/// A dossier whose statistics must be recomputed: written in the same transaction as the change (a dossier, its payment,
/// rating or a feedback naming it), so that a committed change is never missed and a rolled-back one never counted.
/// </summary>
public sealed class StatisticsChange
{
    public long Id { get; set; }
    public long DossierId { get; set; }
    public Dossier? Dossier { get; set; }
}

/// <summary>
/// The additive counts of one business day, competent agency and procedure: flows of the day (received that day, ended
/// that day, rated that day) and the open dossiers at the end of that day (for closed days only).
/// </summary>
public sealed class DailyStat
{
    public int Day { get; set; }
    public int AgencyId { get; set; }
    public int ProcedureId { get; set; }
    // Received that day (indicators 3.3, 3.6, 4.2, 4.3 count received dossiers).
    public int Received { get; set; }
    public int ReceivedCounter { get; set; }
    public int ReceivedOnline { get; set; }
    public int ReceivedPost { get; set; }
    public int FeeBearing { get; set; }
    public int PaidOnline { get; set; }
    public int Digitised { get; set; }
    public int Reused { get; set; }
    // Ended that day, judged at the end.
    public int Resolved { get; set; }
    public int Early { get; set; }
    public int OnTime { get; set; }
    public int Late { get; set; }
    public long ProcessingDays { get; set; }
    /// <summary>Ended that day and late or dissatisfied (indicator 5.4).</summary>
    public int ResolvedBad { get; set; }
    // Rated that day.
    public int VerySatisfied { get; set; }
    public int Satisfied { get; set; }
    public int NotSatisfied { get; set; }
    // Open at the end of that day.
    public int Open { get; set; }
    public int OpenOverdue { get; set; }
    public int OpenBad { get; set; }
}

/// <summary>
/// A named day kept by the roll-up. "snapshot": the open columns of <see cref="DailyStat"/> are filled up to and including
/// this day (the days closed so far); later days are read from the open spans or, for today, live.
/// </summary>
public sealed class StatisticsMark
{
    public const string Snapshot = "snapshot";

    public required string Name { get; set; }
    public int Day { get; set; }
}
