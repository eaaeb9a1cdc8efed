using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Leader;

/// <summary>
/// The figures of the leader's page, counted by the database (GROUP BY): no dossier is loaded to be counted.
/// Instants are stored in UTC and compared with parameters computed here, never with date arithmetic in SQL.
/// </summary>
public static class LeaderQueries
{
    public sealed record StatusCount(int AgencyId, DossierStatus Status, int Count);

    /// <param name="Open">Current steps held (dossiers waiting for transfer, in processing or with the result ready).</param>
    /// <param name="DueSoon">Dossiers in processing due within the next working day.</param>
    /// <param name="Overdue">Dossiers in processing past their due date.</param>
    /// <param name="StepDueSoon">Current steps whose own due time falls within the next working day.</param>
    /// <param name="StepOverdue">Current steps past their own due time.</param>
    public sealed record HoldingCount(int AgencyId, string? HolderId, int Open, int DueSoon, int Overdue, int StepDueSoon, int StepOverdue);

    public sealed record Officer(string Id, string FullName, int AgencyId);

    /// <summary>One dossier's open work: where it is now, who holds it, and its two deadlines.</summary>
    public sealed class OpenStep
    {
        public long DossierId { get; init; }
        public int AgencyId { get; init; }
        public string? HolderId { get; init; }
        public DossierStatus Status { get; init; }
        public DateTimeOffset? DueAt { get; init; }
        public DateTimeOffset StepDueAt { get; init; }
    }

    /// <summary>
    /// Every dossier whose work is open, at its current step, attributed to the unit that holds that step and to the
    /// officer holding it: the assignee, or for the reception step the officer who received the dossier. A dossier
    /// waiting for the applicant's supplement is not held by anyone (its clock is stopped, Decree 61 Art. 19(4)).
    /// </summary>
    public static IQueryable<OpenStep> OpenSteps(MotCuaDb db, LeaderScope scope)
    {
        var q = from d in db.Dossiers
                where d.Status == DossierStatus.Accepted || d.Status == DossierStatus.InProcessing || d.Status == DossierStatus.ResultReady
                join s in db.DossierSteps on new { DossierId = d.Id, Index = d.CurrentStep } equals new { s.DossierId, s.Index }
                // Always true of a current step while the work is open; said here so that a unit's open steps are
                // found through the (AgencyId, CompletedAt) index instead of every step the unit ever held.
                where s.CompletedAt == null
                select new OpenStep
                {
                    DossierId = d.Id,
                    AgencyId = s.AgencyId,
                    HolderId = s.AssignedToId ?? (s.Index == 0 ? d.ReceivedById : null),
                    Status = d.Status,
                    DueAt = d.DueAt,
                    StepDueAt = s.DueAt,
                };
        return scope.Agencies is { } ids ? q.Where(o => ids.Contains(o.AgencyId)) : q;
    }

    /// <summary>Accepted dossiers received in the period, by the unit that decides them (competent agency) and status.</summary>
    public static Task<List<StatusCount>> StatusByUnitAsync(MotCuaDb db, LeaderScope scope, LeaderPeriod period, CancellationToken ct)
    {
        var start = period.Start;
        var end = period.End;
        var q = db.Dossiers.Where(d => d.Code != null && d.ReceivedAt >= start && d.ReceivedAt < end);
        if (scope.Agencies is { } ids)
        {
            q = q.Where(d => ids.Contains(d.CompetentAgencyId));
        }
        return q.GroupBy(d => new { d.CompetentAgencyId, d.Status })
            .Select(g => new StatusCount(g.Key.CompetentAgencyId, g.Key.Status, g.Count()))
            .ToListAsync(ct);
    }

    /// <summary>Open work by holding unit and officer, with what is due soon and what is overdue.</summary>
    public static Task<List<HoldingCount>> HoldingAsync(MotCuaDb db, LeaderScope scope, LeaderMoment moment, CancellationToken ct)
    {
        var now = moment.Now;
        var soon = moment.DueSoonUntil;
        return OpenSteps(db, scope)
            .GroupBy(o => new { o.AgencyId, o.HolderId })
            .Select(g => new HoldingCount(
                g.Key.AgencyId,
                g.Key.HolderId,
                g.Count(),
                g.Sum(o => o.Status != DossierStatus.ResultReady && o.DueAt >= now && o.DueAt <= soon ? 1 : 0),
                g.Sum(o => o.Status != DossierStatus.ResultReady && o.DueAt < now ? 1 : 0),
                g.Sum(o => o.StepDueAt >= now && o.StepDueAt <= soon ? 1 : 0),
                g.Sum(o => o.StepDueAt < now ? 1 : 0)))
            .ToListAsync(ct);
    }

    /// <summary>The officers who can hold steps in the scope's units (one row per officer and unit).</summary>
    public static Task<List<Officer>> OfficersAsync(MotCuaDb db, LeaderScope scope, CancellationToken ct)
    {
        string[] roles = [StaffRoles.ReceptionOfficer, StaffRoles.Specialist, StaffRoles.UnitLeader];
        var q = from sa in db.StaffAgencies
                join u in db.Users on sa.UserId equals u.Id
                where (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id && roles.Contains(r.Name!) select ur).Any()
                select new { u.Id, u.FullName, sa.AgencyId };
        if (scope.Agencies is { } ids)
        {
            q = q.Where(o => ids.Contains(o.AgencyId));
        }
        return q.Select(o => new Officer(o.Id, o.FullName, o.AgencyId)).ToListAsync(ct);
    }

    public static async Task<Dictionary<string, string>> NamesAsync(MotCuaDb db, IEnumerable<string> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        return ids.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
    }
}
