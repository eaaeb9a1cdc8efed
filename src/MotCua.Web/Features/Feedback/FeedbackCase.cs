namespace MotCua.Web.Features.Feedback;

/// <summary>Phản ánh (a problem met), kiến nghị (a proposal) or a request for information, as the staff classify it.</summary>
public enum FeedbackKind { Feedback, Recommendation, InformationRequest }

/// <summary>What it is about: a procedure or regulation, or the conduct of staff (Decision 766 indicator 5.1 tracks both).</summary>
public enum FeedbackSubject { Procedure, StaffConduct, Other }

public enum FeedbackChannel { Portal, Hotline }

/// <summary>The states of the national PAKN system, in MotCua's words.</summary>
public enum FeedbackStatus { Received, InProgress, AwaitingInformation, Refused, Answered, Published }

/// <summary>
/// A feedback or recommendation (PAKN) from anyone, with the sender's contact for the answer. The sender's details are
/// personal data: they are never published; the public sees the scrubbed question and answer only.
/// </summary>
public sealed class FeedbackCase
{
    public const int TitleMaxLength = 200;
    public const int ContentMaxLength = 4000;

    public long Id { get; set; }
    public required string TrackingCode { get; set; }
    public FeedbackChannel Channel { get; set; }
    public FeedbackKind Kind { get; set; }
    public FeedbackSubject Subject { get; set; }
    public int? ProcedureId { get; set; }
    public string? DossierCode { get; set; }
    /// <summary>The agency that handles it (competent); null until classified.</summary>
    public int? AgencyId { get; set; }
    public required string Title { get; set; }
    public required string Content { get; set; }

    public required string SenderName { get; set; }
    public string? SenderPhone { get; set; }
    public string? SenderEmail { get; set; }
    public string SenderLanguage { get; set; } = "vi";
    /// <summary>When the sender agreed that their contact details are used to handle and answer it.</summary>
    public DateTimeOffset ConsentAt { get; set; }
    public string? RecordedById { get; set; }

    public FeedbackStatus Status { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    /// <summary>When the current agency's clock started: receipt, a transfer, or the information asked for arriving.</summary>
    public DateTimeOffset HandlingStartedAt { get; set; }
    public DateTimeOffset RefuseDueAt { get; set; }
    public DateTimeOffset AskInformationDueAt { get; set; }
    public DateTimeOffset ResolveDueAt { get; set; }
    public DateTimeOffset? PublishDueAt { get; set; }

    public DateTimeOffset? ClassifiedAt { get; set; }
    public DateTimeOffset? RefusedAt { get; set; }
    public string? RefusalReason { get; set; }
    public DateTimeOffset? InformationRequestedAt { get; set; }
    public string? InformationQuestion { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public string? AnsweredById { get; set; }
    public string? Answer { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    /// <summary>The title as published: personal data removed.</summary>
    public string? PublicTitle { get; set; }
    /// <summary>The question as published: personal data removed.</summary>
    public string? PublicContent { get; set; }
    /// <summary>The answer as published: personal data removed.</summary>
    public string? PublicAnswer { get; set; }

    /// <summary>Two officers acting at once: one wins, the other is told to reload.</summary>
    public int Version { get; set; }

    public List<FeedbackEvent> History { get; set; } = [];

    public bool IsOpen => Status is FeedbackStatus.Received or FeedbackStatus.InProgress or FeedbackStatus.AwaitingInformation;
}

/// <summary>One step of a feedback's handling. Only ever appended: the register the decree asks for (Decree 20 Art. 9).</summary>
public sealed class FeedbackEvent
{
    public long Id { get; set; }
    public long FeedbackCaseId { get; set; }
    public int Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Action { get; set; }
    public string? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public string? Note { get; set; }
    /// <summary>The step was taken after its deadline.</summary>
    public bool Late { get; set; }
}

/// <summary>A visitor's like or dislike of a published answer; one per visitor and answer (unique index).</summary>
public sealed class FeedbackVote
{
    public long Id { get; set; }
    public long FeedbackCaseId { get; set; }
    /// <summary>SHA-256 of the visitor cookie: the cookie value itself is not stored.</summary>
    public required string VoterHash { get; set; }
    public bool Like { get; set; }
    public DateTimeOffset At { get; set; }
}
