using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Web.Data;
using MotCua.Web.Features.Leader;
using MotCua.Web.Features.Statistics;

namespace MotCua.Web.Features.Dashboard;

/// <param name="Done">Steps of the control slip (Form 05) the officer completed in the period.</param>
/// <param name="Early">Of those, marked early against the step's own due time (the mark the slip records).</param>
/// <param name="Open">Steps the officer holds now.</param>
/// <param name="Overdue">Of those, past the step's own due time now.</param>
public sealed record OfficerFigure(string Id, string Name, long Done, long Early, long OnTime, long Late, long Open, long Overdue)
{
    public Ratio OnTimeRate => new(Early + OnTime, Done);
}

/// <summary>
/// The officers of a unit in figures, counted by the database from the steps of the control slips (GROUP BY): a
/// dossier's timeliness belongs to the unit, a step's to the officer who did it (Circular 01/2018, Form 05).
/// </summary>
public static class OfficerFigures
{
    /// <param name="units">The units counted (with their sub-units already expanded); null for the whole province.</param>
    public static async Task<IReadOnlyList<OfficerFigure>> LoadAsync(MotCuaDb db, int[]? units, StatPeriod period, DateTimeOffset now, CancellationToken ct)
    {
        var start = period.Start;
        var end = period.End;
        var steps = db.DossierSteps.AsNoTracking().Where(s => s.CompletedAt >= start && s.CompletedAt < end && s.CompletedById != null);
        if (units is not null)
        {
            steps = steps.Where(s => units.Contains(s.AgencyId));
        }
        var done = await steps
            .GroupBy(s => s.CompletedById!)
            .Select(g => new
            {
                Id = g.Key,
                Done = g.Count(),
                Early = g.Sum(s => s.Result == TimelinessMark.Early ? 1 : 0),
                OnTime = g.Sum(s => s.Result == TimelinessMark.OnTime ? 1 : 0),
                Late = g.Sum(s => s.Result == TimelinessMark.Late ? 1 : 0),
            })
            .ToListAsync(ct);
        var held = await LeaderQueries.OpenSteps(db, new LeaderScope(units, []))
            .Where(o => o.HolderId != null)
            .GroupBy(o => o.HolderId!)
            .Select(g => new { Id = g.Key, Open = g.Count(), Overdue = g.Sum(o => o.StepDueAt < now ? 1 : 0) })
            .ToListAsync(ct);
        var officers = await LeaderQueries.OfficersAsync(db, new LeaderScope(units, []), ct);
        var ids = officers.Select(o => o.Id).Concat(done.Select(d => d.Id)).Concat(held.Select(h => h.Id)).Distinct().ToList();
        var names = await LeaderQueries.NamesAsync(db, ids, ct);
        return ids.Select(id =>
            {
                var d = done.FirstOrDefault(x => x.Id == id);
                var h = held.FirstOrDefault(x => x.Id == id);
                return new OfficerFigure(id, names.GetValueOrDefault(id, id), d?.Done ?? 0, d?.Early ?? 0, d?.OnTime ?? 0, d?.Late ?? 0, h?.Open ?? 0, h?.Overdue ?? 0);
            })
            .OrderByDescending(o => o.Done + o.Open).ThenBy(o => o.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>The dossiers behind an officer's count, newest first, one page at a time.</summary>
    public static async Task<DossierPage> DossiersAsync(MotCuaDb db, int[] units, string officerId, OfficerMark mark, StatPeriod period, DateTimeOffset now, int page, int pageSize, CancellationToken ct)
    {
        IQueryable<long> ids;
        if (mark is OfficerMark.Open or OfficerMark.Overdue)
        {
            var open = LeaderQueries.OpenSteps(db, new LeaderScope(units, [])).Where(o => o.HolderId == officerId);
            if (mark == OfficerMark.Overdue) open = open.Where(o => o.StepDueAt < now);
            ids = open.Select(o => o.DossierId);
        }
        else
        {
            var start = period.Start;
            var end = period.End;
            var steps = db.DossierSteps.Where(s => units.Contains(s.AgencyId) && s.CompletedById == officerId && s.CompletedAt >= start && s.CompletedAt < end);
            steps = mark switch
            {
                OfficerMark.Early => steps.Where(s => s.Result == TimelinessMark.Early),
                OfficerMark.OnTime => steps.Where(s => s.Result == TimelinessMark.OnTime),
                OfficerMark.Late => steps.Where(s => s.Result == TimelinessMark.Late),
                _ => steps,
            };
            ids = steps.Select(s => s.DossierId).Distinct();
        }
        var dossiers = db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id));
        var total = await dossiers.CountAsync(ct);
        page = Math.Clamp(page, 1, DossierPage.PagesOf(total, pageSize));
        var rows = await dossiers.OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(d => new DossierRow(d.Id, d.Code ?? "", d.Procedure!.Code, d.Procedure.Name, d.Procedure.NameEn, d.CompetentAgencyId,
                d.Channel, d.Status, d.ReceivedAt, d.DueAt, d.ResultReadyAt ?? d.EndedAt, null))
            .ToListAsync(ct);
        return new(rows, total, page, pageSize);
    }
}
