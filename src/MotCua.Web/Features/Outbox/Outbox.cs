using System.Text.Json;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Outbox;

/// <summary>Topics of the events a dossier produces; the notification dispatcher routes on them.</summary>
public static class OutboxTopics
{
    public const string DossierReceived = "dossier.received";
    public const string SupplementRequired = "dossier.supplement-required";
    public const string Refused = "dossier.refused";
    public const string Apology = "dossier.apology";
    public const string ResultReady = "dossier.result-ready";
    public const string EarlyResult = "dossier.early-result";
    public const string Returned = "dossier.returned";
    public const string Stopped = "dossier.stopped";
    public const string Withdrawn = "dossier.withdrawn";
    public const string ConsultationRequested = "staff.consultation-requested";
    /// <summary>Art. 19(5): a late answer is reported to the head of the one-stop.</summary>
    public const string ConsultationAnsweredLate = "staff.consultation-answered-late";
    public const string Assigned = "staff.assigned";
    /// <summary>A step of the internal process passed its own due time (Form 05 marks it late); written by the overdue scan.</summary>
    public const string StepOverdue = "staff.step-overdue";

    /// <summary>A notice for officers (the "staff." topics): it reaches the workspace and officers' mail, never an applicant or the portal.</summary>
    public static bool IsStaff(string topic) => topic.StartsWith("staff.", StringComparison.Ordinal);
}

public static class OutboxWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Add(Dossier dossier, string topic, DateTimeOffset at, object? extra = null) =>
        dossier.Outbox.Add(Message(dossier.Reference, dossier.Status.ToString(), topic, at, extra));

    /// <summary>A message about a dossier that is not loaded (a background scan); the caller sets DossierId.</summary>
    public static OutboxMessage Message(string reference, string status, string topic, DateTimeOffset at, object? extra = null) => new()
    {
        Topic = topic,
        CreatedAt = at,
        NextAttemptAt = at,
        Payload = JsonSerializer.Serialize(new { reference, status, extra }, Json),
    };
}
