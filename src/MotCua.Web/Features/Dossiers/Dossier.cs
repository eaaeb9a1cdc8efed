using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Dossiers;

public enum Channel { Counter, Online, Post }

public enum ApplicantKind { Person, Organisation }

public enum ReturnMethod { Counter, Post, Electronic }

/// <summary>A dossier (hồ sơ) from reception to its end. Applicant data is personal: never shown publicly.</summary>
public sealed class Dossier
{
    public long Id { get; set; }
    /// <summary>Circular 01/2018 Art. 19 code; null for a dossier not accepted at reception.</summary>
    public string? Code { get; set; }
    public int ProcedureId { get; set; }
    public Procedure? Procedure { get; set; }
    public Channel Channel { get; set; }
    public int ReceivingPointId { get; set; }
    public Agency? ReceivingPoint { get; set; }
    public int CompetentAgencyId { get; set; }
    public Agency? CompetentAgency { get; set; }
    public DossierStatus Status { get; set; }
    public int CurrentStep { get; set; }

    public ApplicantKind ApplicantKind { get; set; }
    public required string ApplicantName { get; set; }
    public string? ApplicantIdNumber { get; set; }
    public string? ApplicantPhone { get; set; }
    public string? ApplicantEmail { get; set; }
    public string? ApplicantAddress { get; set; }
    /// <summary>The system that submitted the dossier through the integration API (e.g. "dvcqg"), and its own reference.</summary>
    public string? ExternalSource { get; set; }
    public string? ExternalId { get; set; }
    /// <summary>The citizen account that submitted or owns the dossier ("My dossiers"); null for a counter applicant without one.</summary>
    public string? ApplicantUserId { get; set; }
    /// <summary>The channels the applicant chose for notices about this dossier.</summary>
    public NotifyChannels NotifyBy { get; set; }
    /// <summary>"vi" or "en": the language of notices to the applicant.</summary>
    public string ApplicantLanguage { get; set; } = "vi";

    /// <summary>
    /// The statutory time as it stood when the dossier was accepted. A dossier keeps the law of its reception: an
    /// administrator who changes the procedure later must not move the dates of dossiers already received.
    /// </summary>
    public decimal TimeAmount { get; set; }
    public TimeUnit TimeUnit { get; set; }
    public TimeOnly? TimeCutoff { get; set; }
    public ProcessingTime ProcessingTime
    {
        get => new(TimeAmount, TimeUnit, TimeCutoff);
        set => (TimeAmount, TimeUnit, TimeCutoff) = (value.Amount, value.Unit, value.Cutoff);
    }

    /// <summary>When the dossier was received (accepted or turned down at reception).</summary>
    public DateTimeOffset ReceivedAt { get; set; }
    public string ReceivedById { get; set; } = "";
    /// <summary>When the statutory clock last (re)started: reception, or the complete supplement (Art. 19(4)).</summary>
    public DateTimeOffset ClockStartedAt { get; set; }
    /// <summary>The due date in force (after an apology, the new one).</summary>
    public DateTimeOffset? DueAt { get; set; }
    /// <summary>The due date first promised on the receipt.</summary>
    public DateTimeOffset? OriginalDueAt { get; set; }
    public DateTimeOffset? TransferDeadline { get; set; }
    public DateTimeOffset? TransferredAt { get; set; }

    public int SupplementCount { get; set; }
    public DateTimeOffset? ApologizedAt { get; set; }
    public string? ApologyReason { get; set; }
    public string? ApologizedById { get; set; }
    public DateTimeOffset? DueAtBeforeApology { get; set; }

    public DateTimeOffset? ResultReadyAt { get; set; }
    public DateTimeOffset? EarlyReturnNotifiedAt { get; set; }
    public DateTimeOffset? ReturnedAt { get; set; }
    public ReturnMethod? ReturnMethod { get; set; }
    public string? PostalTrackingNumber { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    /// <summary>Reasons of a refusal, stop or withdrawal, one a line.</summary>
    public string? EndReasons { get; set; }

    /// <summary>Hash of the last audit entry: the head of the dossier's tamper-evident chain.</summary>
    public string AuditHead { get; set; } = "";
    public int AuditCount { get; set; }
    /// <summary>Optimistic concurrency: two officers acting at once, one wins, the other gets 409.</summary>
    public int Version { get; set; }

    public List<DossierStep> Steps { get; set; } = [];
    public List<DossierDocument> Documents { get; set; } = [];
    public List<Consultation> Consultations { get; set; } = [];
    public List<SupplementRequest> SupplementRequests { get; set; } = [];
    /// <summary>Appended to only; never loaded with the dossier for an action.</summary>
    public List<Audit.AuditEntry> Audit { get; set; } = [];
    /// <summary>Messages written in the same transaction as the change that caused them.</summary>
    public List<Outbox.OutboxMessage> Outbox { get; set; } = [];

    public string Reference => Code ?? DossierReference.ForUnaccepted(Id);

    public DossierState State() => new(
        Status,
        CurrentStep,
        LastProcessingStep: Math.Max(0, Steps.Count - 2),
        ReceivedAt,
        DueAt ?? ReceivedAt,
        HasApology: ApologizedAt is not null,
        OpenConsultations: Consultations.Count(c => c.AnsweredAt is null));
}

/// <summary>A dossier turned down at reception has no code (codes are for accepted dossiers); it is named TN-&lt;id&gt;.</summary>
public static class DossierReference
{
    public const string UnacceptedPrefix = "TN-";

    public static string ForUnaccepted(long id) => UnacceptedPrefix + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParseUnaccepted(string reference, out long id)
    {
        id = 0;
        return reference.StartsWith(UnacceptedPrefix, StringComparison.Ordinal)
            && long.TryParse(reference.AsSpan(UnacceptedPrefix.Length), System.Globalization.CultureInfo.InvariantCulture, out id);
    }
}

/// <summary>A step of the dossier's own copy of the internal process: the rows of the control slip (Form 05).</summary>
public sealed class DossierStep
{
    public long Id { get; set; }
    public long DossierId { get; set; }
    public int Index { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    public required string Role { get; set; }
    public int AgencyId { get; set; }
    public Agency? Agency { get; set; }
    /// <summary>The step's share of the statutory time, copied from the process template at reception.</summary>
    public decimal Allotment { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public string? StartedById { get; set; }
    public string? AssignedToId { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? CompletedById { get; set; }
    public TimelinessMark? Result { get; set; }
    public string? Note { get; set; }
    /// <summary>When the overdue scan told the holder and the unit's leaders that this step is past its due time (once).</summary>
    public DateTimeOffset? OverdueNoticeAt { get; set; }
}

public sealed class DossierDocument
{
    public long Id { get; set; }
    public long DossierId { get; set; }
    public required string ComponentCode { get; set; }
    public required string Name { get; set; }
    public DocumentForm Form { get; set; }
    public int Count { get; set; }
    public bool Mandatory { get; set; }
    public bool Received { get; set; }
    /// <summary>
    /// The applicant pointed to a document of an earlier dossier or a result already issued instead of submitting it
    /// again: digitised-data reuse, indicator 4.3 of Decision 766.
    /// </summary>
    public bool Reused { get; set; }
}

/// <summary>Consultation (lấy ý kiến) of another unit, with its deadline (Art. 19(5)).</summary>
public sealed class Consultation
{
    public long Id { get; set; }
    public long DossierId { get; set; }
    public int FromAgencyId { get; set; }
    public int ToAgencyId { get; set; }
    public Agency? ToAgency { get; set; }
    public required string Question { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public string RequestedById { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public string? AnsweredById { get; set; }
    public string? Answer { get; set; }
    /// <summary>Answered after its deadline: the lead unit informs the head of the one-stop.</summary>
    public bool Late { get; set; }
}

/// <summary>A request to supplement (Form 02), at reception or during processing, listing everything missing at once.</summary>
public sealed class SupplementRequest
{
    public long Id { get; set; }
    public long DossierId { get; set; }
    public bool AtIntake { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public string RequestedById { get; set; } = "";
    /// <summary>The items to supplement, one a line.</summary>
    public required string Items { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset? ReceivedAt { get; set; }
}
