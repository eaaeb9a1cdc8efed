namespace MotCua.Domain.Dossiers;

/// <summary>What can happen to a dossier submitted online before it is accepted.</summary>
public enum OnlineCheckAction
{
    /// <summary>Complete and correct: the one-stop accepts it; code and due date are given now.</summary>
    Accept,
    /// <summary>Incomplete or incorrect: the applicant is told once, fully, what to supplement (Form 02).</summary>
    RequestSupplement,
    /// <summary>Not acceptable (e.g. outside the agency's competence): refused with reasons (Form 03).</summary>
    Refuse,
    /// <summary>The applicant supplied what was asked, online: the dossier goes back to the one-stop's check.</summary>
    Resubmit,
}

/// <summary>
/// The check of an online dossier by the one-stop (Decree 61/2018 Art. 17(2), kept by Decree 118/2025): the same three
/// outcomes as at the counter (Art. 15), but the applicant supplements the same dossier online instead of bringing a new
/// one, so a supplement requested at the check is not the end of an online dossier.
/// </summary>
public static class OnlineCheck
{
    public static IReadOnlyList<DossierStatus> AllowedIn(OnlineCheckAction action) => action switch
    {
        OnlineCheckAction.Accept or OnlineCheckAction.RequestSupplement or OnlineCheckAction.Refuse => [DossierStatus.AwaitingOnlineCheck],
        OnlineCheckAction.Resubmit => [DossierStatus.SupplementRequestedAtIntake],
    };

    public static DossierStatus Next(OnlineCheckAction action) => action switch
    {
        OnlineCheckAction.Accept => DossierStatus.Accepted,
        OnlineCheckAction.RequestSupplement => DossierStatus.SupplementRequestedAtIntake,
        OnlineCheckAction.Refuse => DossierStatus.RefusedAtIntake,
        OnlineCheckAction.Resubmit => DossierStatus.AwaitingOnlineCheck,
    };

    /// <summary>Null when the action is allowed in this status; otherwise the rule that forbids it.</summary>
    public static RuleViolation? Check(DossierStatus status, OnlineCheckAction action) =>
        AllowedIn(action).Contains(status)
            ? null
            : new(RuleCodes.TransitionNotAllowed, $"'{action}' is not allowed while the online dossier is {status}.");
}
