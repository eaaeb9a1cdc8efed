using MotCua.Domain.Dossiers;

namespace MotCua.Web.Features.Desk;

/// <summary>The worklists of the desk, as named in the URL (<c>?tab=…</c>).</summary>
public enum WorklistTab { Mine, Unit, DueSoon, Overdue, Supplement, Consultations }

public enum WorklistSort { Due, Received, Code, Procedure }

/// <summary>What the officer asked for through the query string; <see cref="Page"/> counts from 1.</summary>
public sealed record WorklistQuery(
    WorklistTab Tab, string? Text = null, DossierStatus? Status = null, WorklistSort Sort = WorklistSort.Due,
    bool Descending = false, int Page = 1);

public sealed record WorklistRow(
    long Id, string? Code, DossierStatus Status, DateTimeOffset ReceivedAt, DateTimeOffset? DueAt,
    string ProcedureCode, string ProcedureName, string ApplicantName, string? StepName, string? StepAgency,
    bool AssignedToMe, DateTimeOffset? ConsultationDueAt)
{
    public string Reference => Code ?? Dossiers.DossierReference.ForUnaccepted(Id);
}

public sealed record WorklistResult(IReadOnlyList<WorklistRow> Rows, int Total, int Page, int PageCount);

public static class WorklistNames
{
    public static string UrlName(this WorklistTab tab) => tab switch
    {
        WorklistTab.Mine => "mine",
        WorklistTab.Unit => "unit",
        WorklistTab.DueSoon => "due-soon",
        WorklistTab.Overdue => "overdue",
        WorklistTab.Supplement => "supplement",
        WorklistTab.Consultations => "consultations",
    };

    public static string UrlName(this WorklistSort sort) => sort switch
    {
        WorklistSort.Due => "due",
        WorklistSort.Received => "received",
        WorklistSort.Code => "code",
        WorklistSort.Procedure => "procedure",
    };

    public static WorklistTab? ParseTab(string? value) =>
        Enum.GetValues<WorklistTab>().Cast<WorklistTab?>().FirstOrDefault(t => string.Equals(t!.Value.UrlName(), value, StringComparison.OrdinalIgnoreCase));

    public static WorklistSort ParseSort(string? value) =>
        Enum.GetValues<WorklistSort>().FirstOrDefault(s => string.Equals(s.UrlName(), value, StringComparison.OrdinalIgnoreCase));
}
