using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Audit;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Desk;

/// <summary>Everything the dossier page shows, read once per request.</summary>
public sealed record DeskDossier(
    Dossier Dossier,
    StaffScope.Loaded Staff,
    ApplicantMasking.Applicant Applicant,
    IReadOnlyList<OfferedAction> Actions,
    IReadOnlyDictionary<string, string> UserNames,
    IReadOnlyList<AuditEntry> Audit,
    AuditChain.Verification Chain,
    IReadOnlyList<DeskDossier.Officer> Assignable,
    IReadOnlyList<DeskDossier.AgencyOption> Consultable,
    DateTimeOffset SupplementWindowEndsAt,
    DateTimeOffset Now)
{
    public sealed record Officer(string Email, string FullName, string? Title);

    public sealed record AgencyOption(string Code, string Name);

    public DossierStep? CurrentStep => Dossier.Steps.FirstOrDefault(s => s.Index == Dossier.CurrentStep);

    public string? NameOf(string? userId) => userId is null ? null : UserNames.GetValueOrDefault(userId, userId);

    public OfferedAction? Offered(DossierAction action) => Actions.FirstOrDefault(a => a.Action == action);
}

public enum DeskAccess { Found, NotFound, Forbidden }

public static class DeskDossierLoader
{
    public static async Task<(DeskAccess Access, DeskDossier? Dossier)> LoadAsync(MotCuaDb db, StaffScope.Loaded staff,
        string reference, OrganisationTree organisation, WorkingCalendar calendar, DateTimeOffset now, bool english, CancellationToken ct)
    {
        var d = await DossierAccess.FindAsync(db, reference, ct);
        if (d is null)
        {
            return (DeskAccess.NotFound, null);
        }
        if (!DossierAccess.CanRead(staff, d))
        {
            return (DeskAccess.Forbidden, null);
        }
        var actions = OfferedActions.For(staff, d, now, calendar);
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.DossierId == d.Id).OrderBy(e => e.Sequence).ToListAsync(ct);
        var step = d.Steps.FirstOrDefault(s => s.Index == d.CurrentStep);
        var assignable = step is not null && actions.Any(a => a.Action == DossierAction.Assign)
            ? await AssignableAsync(db, step, ct)
            : [];
        var consultable = step is not null && actions.Any(a => a.Action == DossierAction.Consult)
            ? Consultable(organisation, step.AgencyId, VietnamDay(now), english)
            : [];
        return (DeskAccess.Found, new DeskDossier(d, staff, ApplicantMasking.For(staff, d), actions, await UserNamesAsync(db, d, ct),
            audit, AuditChain.Verify(audit, d.AuditHead), assignable, consultable,
            calendar.AddWorkingDays(d.ReceivedAt, Lifecycle.SupplementWindowWorkingDays), now));
    }

    /// <summary>The officers a leader may give the step to: members of the step's unit holding the step's role.</summary>
    private static async Task<IReadOnlyList<DeskDossier.Officer>> AssignableAsync(MotCuaDb db, DossierStep step, CancellationToken ct) =>
        await (from sa in db.StaffAgencies
               where sa.AgencyId == step.AgencyId
               join u in db.Users on sa.UserId equals u.Id
               where db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == step.Role))
               orderby u.FullName
               select new DeskDossier.Officer(u.Email!, u.FullName, u.Title)).AsNoTracking().ToListAsync(ct);

    private static List<DeskDossier.AgencyOption> Consultable(OrganisationTree organisation, int stepAgencyId, DateOnly today, bool english) =>
        organisation.All.Where(a => a.Id != stepAgencyId && a.IsEffectiveOn(today))
            .OrderBy(a => a.Kind).ThenBy(a => a.Code, StringComparer.Ordinal)
            .Select(a => new DeskDossier.AgencyOption(a.Code, a.LocalName(english))).ToList();

    private static async Task<Dictionary<string, string>> UserNamesAsync(MotCuaDb db, Dossier d, CancellationToken ct)
    {
        var ids = d.Steps.SelectMany(s => new[] { s.AssignedToId, s.CompletedById, s.StartedById })
            .Append(d.ReceivedById).Append(d.ApologizedById)
            .Concat(d.SupplementRequests.Select(r => r.RequestedById))
            .Concat(d.Consultations.SelectMany(c => new[] { c.RequestedById, c.AnsweredById }))
            .Where(id => !string.IsNullOrEmpty(id)).Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
    }

    private static DateOnly VietnamDay(DateTimeOffset now) => Domain.VietnamTime.LocalDate(now);
}
