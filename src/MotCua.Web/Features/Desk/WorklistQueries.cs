using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Text;
using MotCua.Web.Data;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Desk;

/// <summary>
/// The desk's worklists, always within the officer's agencies (and the units below them). Filtering, counting, sorting
/// and paging happen in the database, and every query translates on SQLite and PostgreSQL alike: instants are compared
/// with parameters, never computed inside the query.
/// </summary>
public static class WorklistQueries
{
    public const int PageSize = 25;

    /// <summary>A dossier still on its way to a result, with a deadline that is running (not paused for a supplement).</summary>
    private static readonly DossierStatus[] Running = [DossierStatus.Accepted, DossierStatus.InProcessing];

    /// <summary>The statuses in which the holder of the current step has work to do (a supplement pauses it).</summary>
    private static readonly DossierStatus[] Actionable = [DossierStatus.Accepted, DossierStatus.InProcessing, DossierStatus.ResultReady];

    /// <summary>Every status before an end: a consultation may be answered while the applicant supplements.</summary>
    private static readonly DossierStatus[] Open =
        [DossierStatus.Accepted, DossierStatus.InProcessing, DossierStatus.AwaitingSupplement, DossierStatus.ResultReady];

    public static readonly IReadOnlyList<WorklistTab> Tabs = Enum.GetValues<WorklistTab>();

    public static IQueryable<Dossier> Tab(MotCuaDb db, StaffScope.Loaded staff, WorklistTab tab, DateTimeOffset now, WorkingCalendar calendar)
    {
        var me = staff.UserId;
        var agencies = staff.Agencies.ToList();
        var roles = StepRoles(staff);
        var open = Open.ToList();
        var actionable = Actionable.ToList();
        var running = Running.ToList();
        var q = db.Dossiers.AsNoTracking();
        switch (tab)
        {
            // The current step of a dossier someone acts on is never completed; saying so lets the database start from
            // the open steps (the DossierStep (AgencyId, CompletedAt) index) rather than from every dossier.
            case WorklistTab.Mine:
                return q.Where(d => actionable.Contains(d.Status)
                    && d.Steps.Any(s => s.Index == d.CurrentStep && s.CompletedAt == null && s.AssignedToId == me));
            case WorklistTab.Unit:
                return q.Where(d => actionable.Contains(d.Status)
                    && d.Steps.Any(s => s.Index == d.CurrentStep && s.CompletedAt == null && agencies.Contains(s.AgencyId) && roles.Contains(s.Role)));
            case WorklistTab.DueSoon:
                // "Within one working day" on the working calendar: a dossier due Monday is due soon on Friday.
                var limit = calendar.AddWorkingDays(now, 1);
                return OfAgencies(q, agencies).Where(d => running.Contains(d.Status) && d.DueAt > now && d.DueAt <= limit);
            case WorklistTab.Overdue:
                return OfAgencies(q, agencies).Where(d => running.Contains(d.Status) && d.DueAt < now);
            case WorklistTab.Supplement:
                return OfAgencies(q, agencies).Where(d => d.Status == DossierStatus.AwaitingSupplement);
            case WorklistTab.Consultations:
                return q.Where(d => open.Contains(d.Status)
                    && d.Consultations.Any(c => c.AnsweredAt == null && agencies.Contains(c.ToAgencyId)));
            default:
                throw new ArgumentOutOfRangeException(nameof(tab), tab, null);
        }
    }

    public static async Task<IReadOnlyDictionary<WorklistTab, int>> CountsAsync(
        MotCuaDb db, StaffScope.Loaded staff, DateTimeOffset now, WorkingCalendar calendar, CancellationToken ct)
    {
        var counts = new Dictionary<WorklistTab, int>();
        foreach (var tab in Tabs)
        {
            counts[tab] = await Tab(db, staff, tab, now, calendar).CountAsync(ct);
        }
        return counts;
    }

    public static async Task<WorklistResult> PageAsync(MotCuaDb db, StaffScope.Loaded staff, WorklistQuery query,
        DateTimeOffset now, WorkingCalendar calendar, bool english, CancellationToken ct)
    {
        var q = Filter(Tab(db, staff, query.Tab, now, calendar), query);
        var total = await q.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var me = staff.UserId;
        var agencies = staff.Agencies.ToList();
        var consultations = query.Tab == WorklistTab.Consultations;
        var rows = await Sort(q, query.Sort, query.Descending)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(d => new WorklistRow(
                d.Id, d.Code, d.Status, d.ReceivedAt, d.DueAt,
                d.Procedure!.Code, english ? d.Procedure.NameEn : d.Procedure.Name, d.ApplicantName,
                d.Steps.Where(s => s.Index == d.CurrentStep).Select(s => english ? s.NameEn : s.Name).FirstOrDefault(),
                d.Steps.Where(s => s.Index == d.CurrentStep).Select(s => english ? s.Agency!.NameEn : s.Agency!.Name).FirstOrDefault(),
                d.Steps.Any(s => s.Index == d.CurrentStep && s.AssignedToId == me),
                consultations
                    ? d.Consultations.Where(c => c.AnsweredAt == null && agencies.Contains(c.ToAgencyId)).Min(c => (DateTimeOffset?)c.DueAt)
                    : null))
            .ToListAsync(ct);
        return new(rows, total, page, pageCount);
    }

    private static IQueryable<Dossier> Filter(IQueryable<Dossier> q, WorklistQuery query)
    {
        if (query.Status is { } status)
        {
            q = q.Where(d => d.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            var code = text.ToUpperInvariant();
            var folded = VietnameseText.Fold(text);
            var lower = text.ToLowerInvariant();
            // The procedure is matched on its folded search key (no diacritics, no case); the applicant's name on its
            // lower case, which SQLite folds for ASCII letters only: "nguyễn" finds "Nguyễn", "NGUYỄN" may not.
#pragma warning disable CA1862 // runs as SQL lower(...) LIKE: EF translates no StringComparison overload on either engine
            q = q.Where(d => d.Code!.Contains(code) || d.Procedure!.SearchKey.Contains(folded) || d.ApplicantName.ToLower().Contains(lower));
#pragma warning restore CA1862
        }
        return q;
    }

    private static IQueryable<Dossier> Sort(IQueryable<Dossier> q, WorklistSort sort, bool descending) => (sort, descending) switch
    {
        (WorklistSort.Due, false) => q.OrderBy(d => d.DueAt).ThenBy(d => d.Id),
        (WorklistSort.Due, true) => q.OrderByDescending(d => d.DueAt).ThenByDescending(d => d.Id),
        (WorklistSort.Received, false) => q.OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id),
        (WorklistSort.Received, true) => q.OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Id),
        (WorklistSort.Code, false) => q.OrderBy(d => d.Code).ThenBy(d => d.Id),
        (WorklistSort.Code, true) => q.OrderByDescending(d => d.Code).ThenByDescending(d => d.Id),
        (WorklistSort.Procedure, false) => q.OrderBy(d => d.Procedure!.Code).ThenBy(d => d.DueAt).ThenBy(d => d.Id),
        (WorklistSort.Procedure, true) => q.OrderByDescending(d => d.Procedure!.Code).ThenBy(d => d.DueAt).ThenBy(d => d.Id),
    };

    /// <summary>Dossiers of the officer's agencies: received there, decided there, or with their current step there.</summary>
    private static IQueryable<Dossier> OfAgencies(IQueryable<Dossier> q, List<int> agencies) => q.Where(d =>
        agencies.Contains(d.ReceivingPointId) || agencies.Contains(d.CompetentAgencyId)
        || d.Steps.Any(s => s.Index == d.CurrentStep && agencies.Contains(s.AgencyId)));

    /// <summary>
    /// The step roles an officer works on: their own, and for a unit leader also the specialists' steps of the unit,
    /// which the leader assigns and may take over (<see cref="ActionAuthorization"/>).
    /// </summary>
    public static List<string> StepRoles(StaffScope.Loaded staff)
    {
        var roles = staff.Roles.ToList();
        if (StaffScope.Has(staff, StaffRoles.UnitLeader) && !roles.Contains(StaffRoles.Specialist))
        {
            roles.Add(StaffRoles.Specialist);
        }
        return roles;
    }
}
