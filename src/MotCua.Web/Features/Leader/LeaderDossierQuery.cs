using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Leader;

/// <summary>What a count on the leader's page stands for: a slice of open work, or dossiers received in a period by status.</summary>
/// <param name="UnitId">The holding unit (slices of open work) or the competent unit (statuses); null for the whole scope.</param>
/// <param name="View">A slice of open work; null to list dossiers received in the period, by status.</param>
/// <param name="Statuses">With no view: the statuses listed (empty for all).</param>
/// <param name="OfficerId">With a view: only the steps this officer holds.</param>
public sealed record LeaderListFilter(int? UnitId, LeaderView? View, IReadOnlyList<DossierStatus> Statuses, string? OfficerId, LeaderPeriod Period, int Page);

public sealed record LeaderListRow(
    string Reference, DossierStatus Status, string ProcedureCode, string ProcedureName, string CompetentAgency,
    DateTimeOffset ReceivedAt, DateTimeOffset? DueAt, DateTimeOffset? DoneAt,
    string? StepName, string? StepAgency, string? Holder, DateTimeOffset? StepDueAt);

public sealed record LeaderListPage(IReadOnlyList<LeaderListRow> Rows, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The dossiers behind a count, one page at a time: the filter runs in the database, details load for one page only.</summary>
public static class LeaderDossierQuery
{
    public const int PageSize = 20;

    public static async Task<LeaderListPage> ListAsync(MotCuaDb db, LeaderScope scope, LeaderListFilter filter, LeaderMoment moment, bool english, CancellationToken ct)
    {
        var (ids, total) = filter.View is { } view
            ? await OpenWorkAsync(db, scope, filter, view, moment, ct)
            : await ReceivedAsync(db, scope, filter, ct);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var pageIds = await ids.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        // The current step by a join on (dossier, index): a correlated "first step" subquery numbered every step row.
        var details = await (
            from d in db.Dossiers.AsNoTracking()
            where pageIds.Contains(d.Id)
            join s in db.DossierSteps on new { DossierId = d.Id, Index = d.CurrentStep } equals new { s.DossierId, s.Index } into current
            from s in current.DefaultIfEmpty()
            select new
            {
                d.Id, d.Code, d.Status, ProcedureCode = d.Procedure!.Code, ProcedureName = english ? d.Procedure.NameEn : d.Procedure.Name,
                Competent = english ? d.CompetentAgency!.NameEn : d.CompetentAgency!.Name, d.ReceivedAt, d.DueAt,
                DoneAt = d.ResultReadyAt ?? d.EndedAt, d.ReceivedById,
                Step = s == null ? null : new { Name = english ? s.NameEn : s.Name, Agency = english ? s.Agency!.NameEn : s.Agency!.Name, s.AssignedToId, s.Index, s.DueAt },
            })
            .ToListAsync(ct);
        var byId = details.ToDictionary(d => d.Id);
        string? HolderOf(long id) => byId[id].Step is { } s ? s.AssignedToId ?? (s.Index == 0 ? byId[id].ReceivedById : null) : null;
        var names = await LeaderQueries.NamesAsync(db, pageIds.Select(HolderOf).OfType<string>(), ct);
        var rows = pageIds.Where(byId.ContainsKey).Select(id =>
        {
            var d = byId[id];
            var open = !d.Status.IsFinal();
            var holder = HolderOf(id);
            return new LeaderListRow(d.Code ?? Dossiers.DossierReference.ForUnaccepted(d.Id), d.Status, d.ProcedureCode, d.ProcedureName, d.Competent,
                d.ReceivedAt, d.DueAt, d.DoneAt, open ? d.Step?.Name : null, open ? d.Step?.Agency : null,
                open && holder is not null ? names.GetValueOrDefault(holder, holder) : null, open ? d.Step?.DueAt : null);
        }).ToList();
        return new(rows, total, page, PageSize);
    }

    private static async Task<(IQueryable<long> Ids, int Total)> OpenWorkAsync(MotCuaDb db, LeaderScope scope, LeaderListFilter filter, LeaderView view, LeaderMoment moment, CancellationToken ct)
    {
        var now = moment.Now;
        var soon = moment.DueSoonUntil;
        var q = LeaderQueries.OpenSteps(db, scope);
        if (filter.UnitId is { } unit)
        {
            q = q.Where(o => o.AgencyId == unit);
        }
        if (filter.OfficerId is { } officer)
        {
            q = q.Where(o => o.HolderId == officer);
        }
        q = view switch
        {
            LeaderView.Open => q,
            LeaderView.Unassigned => q.Where(o => o.HolderId == null),
            LeaderView.DueSoon => q.Where(o => o.Status != DossierStatus.ResultReady && o.DueAt >= now && o.DueAt <= soon),
            LeaderView.Overdue => q.Where(o => o.Status != DossierStatus.ResultReady && o.DueAt < now),
            LeaderView.StepDueSoon => q.Where(o => o.StepDueAt >= now && o.StepDueAt <= soon),
            LeaderView.StepOverdue => q.Where(o => o.StepDueAt < now),
        };
        var total = await q.CountAsync(ct);
        var ordered = view is LeaderView.StepDueSoon or LeaderView.StepOverdue
            ? q.OrderBy(o => o.StepDueAt).ThenBy(o => o.DossierId)
            : q.OrderBy(o => o.DueAt).ThenBy(o => o.DossierId);
        return (ordered.Select(o => o.DossierId), total);
    }

    private static async Task<(IQueryable<long> Ids, int Total)> ReceivedAsync(MotCuaDb db, LeaderScope scope, LeaderListFilter filter, CancellationToken ct)
    {
        var start = filter.Period.Start;
        var end = filter.Period.End;
        var q = db.Dossiers.Where(d => d.Code != null && d.ReceivedAt >= start && d.ReceivedAt < end);
        if (scope.Agencies is { } ids)
        {
            q = q.Where(d => ids.Contains(d.CompetentAgencyId));
        }
        if (filter.UnitId is { } unit)
        {
            q = q.Where(d => d.CompetentAgencyId == unit);
        }
        if (filter.Statuses.Count > 0)
        {
            var statuses = filter.Statuses.ToArray();
            q = q.Where(d => statuses.Contains(d.Status));
        }
        var total = await q.CountAsync(ct);
        return (q.OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Id).Select(d => d.Id), total);
    }
}
