using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Who may take an action: the role that does it in real life, for the agency that holds the step. A step assigned by
/// the unit leader is acted on by its assignee (or a leader of that unit).
/// </summary>
public static class ActionAuthorization
{
    /// <summary>Null when allowed; otherwise the error code of the 403.</summary>
    public static string? Check(StaffScope.Loaded staff, Dossier d, DossierAction action, ActionRequest body)
    {
        var step = d.Steps.FirstOrDefault(s => s.Index == d.CurrentStep);
        return action switch
        {
            DossierAction.Transfer or DossierAction.Forward or DossierAction.ResultReady or DossierAction.RequestSupplement
                or DossierAction.Consult or DossierAction.Refuse or DossierAction.Return or DossierAction.NotifyEarlyReturn => StepActor(staff, step),
            DossierAction.ReceiveSupplement or DossierAction.Withdraw =>
                Role(staff, d.ReceivingPointId, StaffRoles.ReceptionOfficer),
            DossierAction.Assign => step is null ? ErrorCodes.ForbiddenScope : Role(staff, step.AgencyId, StaffRoles.UnitLeader),
            DossierAction.Stop => StepActor(staff, step) is null ? null : Role(staff, d.CompetentAgencyId, StaffRoles.UnitLeader),
            DossierAction.Apologize => StepActor(staff, step) is null || StaffScope.Has(staff, StaffRoles.CenterSupervisor)
                ? null
                : Role(staff, d.CompetentAgencyId, StaffRoles.UnitLeader),
            DossierAction.AnswerConsultation => AnswerConsultation(staff, d, body),
        };
    }

    private static string? StepActor(StaffScope.Loaded staff, DossierStep? step)
    {
        if (step is null || !StaffScope.ActsFor(staff, step.AgencyId))
        {
            return ErrorCodes.ForbiddenScope;
        }
        var leader = StaffScope.Has(staff, StaffRoles.UnitLeader);
        if (!StaffScope.Has(staff, step.Role) && !leader)
        {
            return ErrorCodes.RoleNotAllowed;
        }
        return step.AssignedToId is not null && step.AssignedToId != staff.UserId && !leader ? ErrorCodes.NotAssignee : null;
    }

    private static string? Role(StaffScope.Loaded staff, int agencyId, string role) =>
        !StaffScope.ActsFor(staff, agencyId) ? ErrorCodes.ForbiddenScope
        : !StaffScope.Has(staff, role) ? ErrorCodes.RoleNotAllowed
        : null;

    private static string? AnswerConsultation(StaffScope.Loaded staff, Dossier d, ActionRequest body)
    {
        var open = d.Consultations.Where(c => c.AnsweredAt is null && (body.ConsultationId is null || c.Id == body.ConsultationId)).ToList();
        if (open.Count == 0)
        {
            return null; // the lifecycle rule answers: nothing to answer
        }
        if (!open.Any(c => StaffScope.ActsFor(staff, c.ToAgencyId)))
        {
            return ErrorCodes.ForbiddenScope;
        }
        return StaffScope.Has(staff, StaffRoles.Specialist) || StaffScope.Has(staff, StaffRoles.UnitLeader) ? null : ErrorCodes.RoleNotAllowed;
    }
}
