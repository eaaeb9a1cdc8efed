using MotCua.Domain.Calendar;

namespace MotCua.Domain.Dossiers;

/// <summary>What the lifecycle rules need to know about a dossier at the moment of an action.</summary>
/// <param name="CurrentStep">Index of the step of the internal process the dossier is at.</param>
/// <param name="LastProcessingStep">Index of the last step before the return step: finishing it makes the result ready.</param>
/// <param name="ReceivedAt">When the dossier was accepted (the start of the 3-working-day supplement window).</param>
/// <param name="DueAt">The due date in force (after a restart or an apology, the new one).</param>
public sealed record DossierState(
    DossierStatus Status,
    int CurrentStep,
    int LastProcessingStep,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    bool HasApology,
    int OpenConsultations);

/// <summary>
/// The state machine of Decree 61/2018 Art. 15–22 (kept in substance by Decree 118/2025): which action is allowed in
/// which status, the time rules that can still forbid it, and the status it leads to.
/// </summary>
public static class Lifecycle
{
    /// <summary>Supplement requests during processing must be sent within 3 working days of reception (Art. 19(4)).</summary>
    public const int SupplementWindowWorkingDays = 3;

    public static IReadOnlyList<DossierStatus> AllowedIn(DossierAction action) => action switch
    {
        DossierAction.Transfer => [DossierStatus.Accepted],
        DossierAction.Assign => [DossierStatus.InProcessing],
        DossierAction.Forward => [DossierStatus.InProcessing],
        DossierAction.Consult => [DossierStatus.InProcessing],
        DossierAction.AnswerConsultation => [DossierStatus.InProcessing, DossierStatus.AwaitingSupplement],
        DossierAction.RequestSupplement => [DossierStatus.InProcessing],
        DossierAction.ReceiveSupplement => [DossierStatus.AwaitingSupplement],
        DossierAction.Refuse => [DossierStatus.InProcessing],
        DossierAction.Stop => [DossierStatus.InProcessing, DossierStatus.AwaitingSupplement],
        DossierAction.Withdraw => [DossierStatus.Accepted, DossierStatus.InProcessing, DossierStatus.AwaitingSupplement],
        DossierAction.Apologize => [DossierStatus.Accepted, DossierStatus.InProcessing],
        DossierAction.ResultReady => [DossierStatus.InProcessing],
        DossierAction.NotifyEarlyReturn => [DossierStatus.ResultReady],
        DossierAction.Return => [DossierStatus.ResultReady],
    };

    /// <summary>The status an allowed action leads to.</summary>
    public static DossierStatus Next(DossierStatus current, DossierAction action) => action switch
    {
        DossierAction.Transfer or DossierAction.ReceiveSupplement => DossierStatus.InProcessing,
        DossierAction.Assign or DossierAction.Forward or DossierAction.Consult or DossierAction.AnswerConsultation
            or DossierAction.Apologize or DossierAction.NotifyEarlyReturn => current,
        DossierAction.RequestSupplement => DossierStatus.AwaitingSupplement,
        DossierAction.Refuse => DossierStatus.Refused,
        DossierAction.Stop => DossierStatus.Stopped,
        DossierAction.Withdraw => DossierStatus.Withdrawn,
        DossierAction.ResultReady => DossierStatus.ResultReady,
        DossierAction.Return => DossierStatus.Returned,
    };

    /// <summary>Null when the action is allowed now; otherwise the rule that forbids it.</summary>
    public static RuleViolation? Check(DossierState state, DossierAction action, DateTimeOffset now, WorkingCalendar calendar)
    {
        if (!AllowedIn(action).Contains(state.Status))
        {
            return RuleViolation.NotAllowedIn(state.Status, action);
        }

        return action switch
        {
            DossierAction.Forward when state.OpenConsultations > 0 => ConsultationPending(),
            DossierAction.Forward when state.CurrentStep >= state.LastProcessingStep =>
                new(RuleCodes.LastStepUseResultReady, "This is the last processing step: mark the result ready instead."),
            DossierAction.ResultReady when state.OpenConsultations > 0 => ConsultationPending(),
            DossierAction.ResultReady when state.CurrentStep < state.LastProcessingStep =>
                new(RuleCodes.StepsRemaining, "Steps of the internal process remain before the result can be ready."),
            DossierAction.AnswerConsultation when state.OpenConsultations == 0 =>
                new(RuleCodes.NoOpenConsultation, "No consultation of this dossier is waiting for an answer."),
            // Decree 61 Art. 19(4): the supplement notice must go out within 3 working days of reception.
            DossierAction.RequestSupplement when now > calendar.AddWorkingDays(state.ReceivedAt, SupplementWindowWorkingDays) =>
                new(RuleCodes.SupplementWindowClosed, "A supplement can be requested only within 3 working days of reception."),
            // Art. 19(8): a refusal after appraisal is issued within the processing deadline.
            DossierAction.Refuse when now > state.DueAt =>
                new(RuleCodes.RefusalAfterDeadline, "A refusal must be issued within the processing deadline."),
            DossierAction.Apologize => CheckApologyTime(state, now, calendar),
            DossierAction.NotifyEarlyReturn when now >= state.DueAt =>
                new(RuleCodes.EarlyReturnNotEarly, "The due date has come: this is no longer an early return."),
            _ => null,
        };
    }

    /// <summary>
    /// Art. 19(9): the apology with a new date is sent at least one working day before the due date, and a new date may
    /// be set only once. A dossier already late may still (and must) apologise.
    /// </summary>
    public static RuleViolation? CheckApologyTime(DossierState state, DateTimeOffset now, WorkingCalendar calendar)
    {
        if (state.HasApology)
        {
            return new(RuleCodes.ApologyAlreadyGiven, "A new due date can be set only once.");
        }
        if (now > state.DueAt)
        {
            return null;
        }
        return now < ApologyDeadline(state.DueAt, calendar)
            ? null
            : new(RuleCodes.ApologyTooLate, "The apology must be sent at least one working day before the due date.");
    }

    /// <summary>The end of the last working day before the due date's day.</summary>
    public static DateTimeOffset ApologyDeadline(DateTimeOffset dueAt, WorkingCalendar calendar)
    {
        var day = DateOnly.FromDateTime(dueAt.ToOffset(VietnamTime.Offset).DateTime).AddDays(-1);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }
        return VietnamTime.StartOfDay(day.AddDays(1));
    }

    public static RuleViolation? CheckNewDueDate(DossierState state, DateTimeOffset newDueAt) =>
        newDueAt > state.DueAt
            ? null
            : new(RuleCodes.NewDueDateNotLater, "The new due date must be later than the current one.");

    private static RuleViolation ConsultationPending() =>
        new(RuleCodes.ConsultationPending, "A consultation of another unit is still waiting for its answer.");
}
