using MotCua.Domain.Dossiers;

namespace MotCua.Web.Features.Dossiers;

/// <summary>Each action asks only for what it needs; field → message keys.</summary>
public static class ActionValidation
{
    public static Dictionary<string, string[]> Check(DossierAction action, ActionRequest b, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        void Require(bool ok, string field, string key = "field.required")
        {
            if (!ok) errors[field] = [key];
        }
        static bool Has(string? s) => !string.IsNullOrWhiteSpace(s);
        static bool Any(string[]? list) => list is not null && list.Any(Has);

        switch (action)
        {
            case DossierAction.Assign:
                Require(Has(b.AssigneeEmail), "assigneeEmail");
                break;
            case DossierAction.Consult:
                Require(Has(b.AgencyCode), "agencyCode");
                Require(Has(b.Question), "question");
                Require(b.DueInWorkingDays is null or (>= 1 and <= 30), "dueInWorkingDays", "field.range");
                Require(b.AgencyCode is null || b.AgencyCode.Length <= 32, "agencyCode", "field.tooLong");
                break;
            case DossierAction.AnswerConsultation:
                Require(Has(b.Answer), "answer");
                break;
            case DossierAction.RequestSupplement:
                Require(Any(b.Items), "items");
                Require(Has(b.Reason), "reason");
                break;
            case DossierAction.Refuse:
            case DossierAction.Stop:
                Require(Any(b.Reasons), "reasons");
                break;
            case DossierAction.Apologize:
                Require(b.NewDueAt is not null, "newDueAt");
                // A new date is a promise to the applicant, not an open-ended postponement.
                Require(b.NewDueAt is null || b.NewDueAt < now.AddYears(1), "newDueAt", "field.range");
                Require(Has(b.Reason), "reason");
                break;
            case DossierAction.Return:
                Require(Enum.TryParse<ReturnMethod>(b.Method, true, out var method), "method", "field.returnMethod");
                Require(method != ReturnMethod.Post || Has(b.TrackingNumber), "trackingNumber");
                Require(b.TrackingNumber is null || b.TrackingNumber.Length <= 64, "trackingNumber", "field.tooLong");
                break;
            case DossierAction.Transfer:
            case DossierAction.Forward:
            case DossierAction.ReceiveSupplement:
            case DossierAction.Withdraw:
            case DossierAction.ResultReady:
            case DossierAction.NotifyEarlyReturn:
                break;
        }
        if (b.Note?.Length > 2000) errors["note"] = ["field.tooLong"];
        return errors;
    }
}
