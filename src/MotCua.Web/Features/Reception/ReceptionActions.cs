using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Reception;

/// <summary>What the one-stop desk does to a dossier after intake (Decree 61/2018 Art. 18, 19(4), 20).</summary>
public static class ReceptionActions
{
    public static readonly IReadOnlyList<DossierAction> AtTheCounter =
    [
        DossierAction.Transfer, DossierAction.ReceiveSupplement, DossierAction.NotifyEarlyReturn, DossierAction.Return, DossierAction.Withdraw,
    ];

    /// <summary>
    /// Exactly the counter actions this officer may take on this dossier now: the status allows it, their role and
    /// agency do, and no time rule forbids it. The same checks <see cref="DossierCommands"/> makes, so what is offered
    /// succeeds unless someone else acts first.
    /// </summary>
    public static IReadOnlyList<DossierAction> Offered(StaffScope.Loaded staff, Dossier dossier, DateTimeOffset now, WorkingCalendar calendar)
    {
        if (!StaffScope.Has(staff, StaffRoles.ReceptionOfficer) || !DossierAccess.CanRead(staff, dossier))
        {
            return [];
        }
        var state = dossier.State();
        return AtTheCounter
            .Where(a => Lifecycle.AllowedIn(a).Contains(dossier.Status)
                && ActionAuthorization.Check(staff, dossier, a, new ActionRequest()) is null
                && Lifecycle.Check(state, a, now, calendar) is null)
            .ToList();
    }
}
