using System.Globalization;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Desk;

/// <summary>
/// What an action form of the dossier page posts. Every form posts the action and the version the officer saw; each
/// action's own fields are named like the API's (<see cref="ActionRequest"/>), so field errors land next to them.
/// Numbers and dates come as text and are parsed here: a typing slip becomes a field error, not a lost form.
/// </summary>
public sealed class DeskActionInput
{
    public string? Action { get; set; }
    public int? Version { get; set; }
    public string? Note { get; set; }
    public string? AssigneeEmail { get; set; }
    public string? AgencyCode { get; set; }
    public string? Question { get; set; }
    public string? DueInWorkingDays { get; set; }
    public long? ConsultationId { get; set; }
    public string? Answer { get; set; }
    /// <summary>One item a line.</summary>
    public string? Items { get; set; }
    public string? Reason { get; set; }
    /// <summary>One reason a line.</summary>
    public string? Reasons { get; set; }
    /// <summary>yyyy-MM-dd (an HTML date input), Vietnam time.</summary>
    public string? NewDueDate { get; set; }
    /// <summary>HH:mm (an HTML time input), Vietnam time.</summary>
    public string? NewDueTime { get; set; }
    public string? Method { get; set; }
    public string? TrackingNumber { get; set; }

    /// <summary>The form's name on the page; one form per open consultation to answer.</summary>
    public static string FormName(DossierAction action, long? consultationId = null) =>
        consultationId is null ? "act-" + action.UrlName() : $"act-{action.UrlName()}-{consultationId.Value.ToString(CultureInfo.InvariantCulture)}";

    public string? PostedFormName => DossierActions.TryParse(Action, out var action)
        ? FormName(action, action == DossierAction.AnswerConsultation ? ConsultationId : null)
        : null;

    /// <summary>The request for <see cref="DossierCommands.ActAsync"/>, or the fields that could not be read.</summary>
    public (ActionRequest Request, Dictionary<string, string[]> Errors) ToRequest()
    {
        var errors = new Dictionary<string, string[]>();
        int? days = null;
        if (!string.IsNullOrWhiteSpace(DueInWorkingDays))
        {
            if (int.TryParse(DueInWorkingDays.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                days = parsed;
            }
            else
            {
                errors["dueInWorkingDays"] = ["field.range"];
            }
        }
        DateTimeOffset? newDueAt = null;
        if (!string.IsNullOrWhiteSpace(NewDueDate))
        {
            var timeText = string.IsNullOrWhiteSpace(NewDueTime) ? "17:00" : NewDueTime.Trim();
            if (DateOnly.TryParseExact(NewDueDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && TimeOnly.TryParseExact(timeText, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                newDueAt = VietnamTime.At(date, time);
            }
            else
            {
                errors["newDueAt"] = ["field.date"];
            }
        }
        return (new ActionRequest(
            Note: Text(Note),
            AssigneeEmail: Text(AssigneeEmail),
            AgencyCode: Text(AgencyCode),
            Question: Text(Question),
            DueInWorkingDays: days,
            ConsultationId: ConsultationId,
            Answer: Text(Answer),
            Items: Lines(Items),
            Reason: Text(Reason),
            Reasons: Lines(Reasons),
            NewDueAt: newDueAt,
            Method: Text(Method),
            TrackingNumber: Text(TrackingNumber)), errors);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string[]? Lines(string? value) => string.IsNullOrWhiteSpace(value)
        ? null
        : value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.Length > 0).ToArray();

    /// <summary>Rule codes that are about one field: shown next to that field rather than above the form.</summary>
    public static string? FieldOf(string code) => code switch
    {
        "assignee-unknown" or "assignee-not-in-unit" => "assigneeEmail",
        "consulted-agency-invalid" => "agencyCode",
        "consultation-due-in-past" => "dueInWorkingDays",
        RuleCodes.NewDueDateNotLater => "newDueAt",
        _ => null,
    };
}
