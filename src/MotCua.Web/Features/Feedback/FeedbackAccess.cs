using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Feedback;

/// <summary>
/// Who handles feedback. Intake (classify, transfer, refuse, ask for information, record a 1022 call) is the center's:
/// its supervisor and its reception officers, who also staff the 1022 line (no new role: the hotline operators are
/// center staff and already hold ReceptionOfficer). Answering belongs to the competent agency's specialists and
/// leaders; publishing to the agency's leader or the center supervisor.
/// </summary>
public static class FeedbackAccess
{
    public static bool IsIntake(StaffScope.Loaded s) =>
        StaffScope.Has(s, StaffRoles.CenterSupervisor) || StaffScope.Has(s, StaffRoles.ReceptionOfficer);

    private static bool IsAgencyStaff(StaffScope.Loaded s, FeedbackCase f) =>
        f.AgencyId is { } agency && StaffScope.ActsFor(s, agency)
        && (StaffScope.Has(s, StaffRoles.Specialist) || StaffScope.Has(s, StaffRoles.UnitLeader));

    public static bool CanSee(StaffScope.Loaded s, FeedbackCase f) =>
        StaffScope.SeesEverything(s) || IsIntake(s) || IsAgencyStaff(s, f);

    public static bool Allows(StaffScope.Loaded s, FeedbackCase f, FeedbackStep step) => step switch
    {
        FeedbackStep.Classify or FeedbackStep.Transfer or FeedbackStep.Refuse or FeedbackStep.RequestInformation
            or FeedbackStep.ReceiveInformation => IsIntake(s) || IsAgencyStaff(s, f),
        FeedbackStep.Answer => StaffScope.Has(s, StaffRoles.CenterSupervisor) || IsAgencyStaff(s, f),
        FeedbackStep.Publish => StaffScope.Has(s, StaffRoles.CenterSupervisor)
            || (f.AgencyId is { } a && StaffScope.ActsFor(s, a) && StaffScope.Has(s, StaffRoles.UnitLeader)),
    };
}

public enum FeedbackStep { Classify, Transfer, Refuse, RequestInformation, ReceiveInformation, Answer, Publish }

public static class FeedbackSteps
{
    /// <summary>The steps the state allows (the role check is FeedbackAccess's).</summary>
    public static bool AllowedIn(FeedbackStep step, FeedbackCase f) => step switch
    {
        FeedbackStep.Classify or FeedbackStep.Transfer or FeedbackStep.Refuse or FeedbackStep.RequestInformation =>
            f.Status is FeedbackStatus.Received or FeedbackStatus.InProgress,
        FeedbackStep.ReceiveInformation => f.Status == FeedbackStatus.AwaitingInformation,
        // An answer needs a competent agency: classification names it.
        FeedbackStep.Answer => f.Status == FeedbackStatus.InProgress && f.AgencyId is not null,
        FeedbackStep.Publish => f.Status == FeedbackStatus.Answered,
    };
}
