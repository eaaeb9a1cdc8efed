namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// The body of <c>POST /api/v1/dossiers/{code}/actions/{action}</c>. Each action reads only its own fields:
/// assign {assigneeEmail}; consult {agencyCode, question, dueAt | dueInWorkingDays}; answer-consultation
/// {consultationId?, answer}; request-supplement {items[], reason}; refuse / stop / withdraw {reasons[]};
/// apologize {newDueAt, reason}; return {method: Counter|Post|Electronic, trackingNumber (Post)}; every action {note?,
/// expectedVersion?} (or the If-Match header with the ETag of the GET).
/// </summary>
public sealed record ActionRequest(
    string? Note = null,
    string? AssigneeEmail = null,
    string? AgencyCode = null,
    string? Question = null,
    DateTimeOffset? DueAt = null,
    int? DueInWorkingDays = null,
    long? ConsultationId = null,
    string? Answer = null,
    string[]? Items = null,
    string? Reason = null,
    string[]? Reasons = null,
    DateTimeOffset? NewDueAt = null,
    string? Method = null,
    string? TrackingNumber = null,
    int? ExpectedVersion = null);
