namespace MotCua.Domain.Dossiers;

/// <summary>A named rule that forbids an action now. <see cref="Code"/> is stable: clients and translations key on it.</summary>
public sealed record RuleViolation(string Code, string Detail)
{
    public static RuleViolation NotAllowedIn(DossierStatus status, DossierAction action) =>
        new(RuleCodes.TransitionNotAllowed, $"'{action.UrlName()}' is not allowed while the dossier is {status}.");
}

public static class RuleCodes
{
    public const string TransitionNotAllowed = "transition-not-allowed";
    public const string SupplementWindowClosed = "supplement-window-closed";
    public const string ApologyAlreadyGiven = "apology-already-given";
    public const string ApologyTooLate = "apology-too-late";
    public const string NewDueDateNotLater = "new-due-date-not-later";
    public const string RefusalAfterDeadline = "refusal-after-deadline";
    public const string ConsultationPending = "consultation-pending";
    public const string NoOpenConsultation = "no-open-consultation";
    public const string StepsRemaining = "steps-remaining";
    public const string LastStepUseResultReady = "last-step-use-result-ready";
    public const string EarlyReturnNotEarly = "early-return-not-early";
}
