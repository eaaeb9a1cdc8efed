using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Desk;

/// <summary>An action the page offers; <see cref="RefusedBy"/> is the rule code when a time or step rule forbids it now.</summary>
public sealed record OfferedAction(DossierAction Action, string? RefusedBy)
{
    public bool Enabled => RefusedBy is null;
}

/// <summary>
/// Exactly the actions this officer may take on this dossier now: those the state machine allows in its status and the
/// officer's role and agency allow (the same checks as <see cref="DossierCommands"/>). An action that passes both but
/// is forbidden by a time or step rule (<see cref="Lifecycle.Check"/>) is offered disabled, with its rule, so the
/// officer sees why rather than wondering where it went.
/// </summary>
public static class OfferedActions
{
    /// <summary>The order on the page: moving the dossier on first, then the side roads, then the ends.</summary>
    public static readonly IReadOnlyList<DossierAction> DisplayOrder =
    [
        DossierAction.Transfer, DossierAction.Forward, DossierAction.ResultReady, DossierAction.Return,
        DossierAction.NotifyEarlyReturn, DossierAction.ReceiveSupplement, DossierAction.Assign,
        DossierAction.AnswerConsultation, DossierAction.Consult, DossierAction.RequestSupplement,
        DossierAction.Apologize, DossierAction.Refuse, DossierAction.Stop, DossierAction.Withdraw,
    ];

    public static IReadOnlyList<OfferedAction> For(StaffScope.Loaded staff, Dossier d, DateTimeOffset now, WorkingCalendar calendar)
    {
        var state = d.State();
        var offered = new List<OfferedAction>();
        foreach (var action in DisplayOrder)
        {
            if (!Lifecycle.AllowedIn(action).Contains(d.Status)
                || ActionAuthorization.Check(staff, d, action, new ActionRequest()) is not null)
            {
                continue;
            }
            // Answering belongs to the consulted unit: with nothing waiting for this officer's units it is not theirs
            // at all (the authorization check leaves "nothing to answer" to the lifecycle rule).
            if (action == DossierAction.AnswerConsultation && OpenConsultationsFor(staff, d).Count == 0)
            {
                continue;
            }
            offered.Add(new(action, Lifecycle.Check(state, action, now, calendar)?.Code));
        }
        return offered;
    }

    /// <summary>The consultations of this dossier waiting for an answer from one of the officer's units.</summary>
    public static IReadOnlyList<Consultation> OpenConsultationsFor(StaffScope.Loaded staff, Dossier d) =>
        d.Consultations.Where(c => c.AnsweredAt is null && StaffScope.ActsFor(staff, c.ToAgencyId)).OrderBy(c => c.Id).ToList();
}
