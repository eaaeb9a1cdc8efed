using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Web.Data;
using MotCua.Web.Features.Leader;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// Per-officer performance for leaders: the steps each officer completed in the period, early / on time / late by the
/// mark the control slip records for the step (Form 05, Circular 01/2018), and the steps they hold now and how many of
/// those are past the step's own due time. Counted by the database (GROUP BY), for the units of the report.
/// </summary>
public static class OfficerReport
{
    public static async Task<ReportDocument> BuildAsync(ReportRequest r, ReportText t, MotCuaDb db, CancellationToken ct)
    {
        var start = r.Period.Start;
        var end = r.Period.End;
        var now = r.Now;
        var ids = r.Agencies?.ToList();

        var steps = db.DossierSteps.AsNoTracking().Where(s => s.CompletedById != null && s.CompletedAt >= start && s.CompletedAt < end);
        if (ids is not null)
        {
            steps = steps.Where(s => ids.Contains(s.AgencyId));
        }

        var done = await steps.GroupBy(s => s.CompletedById!)
            .Select(g => new
            {
                Id = g.Key,
                Count = g.Count(),
                Early = g.Sum(s => s.Result == TimelinessMark.Early ? 1 : 0),
                OnTime = g.Sum(s => s.Result == TimelinessMark.OnTime ? 1 : 0),
                Late = g.Sum(s => s.Result == TimelinessMark.Late ? 1 : 0),
            })
            .ToListAsync(ct);

        var scope = new LeaderScope(ids?.ToArray(), []);
        var held = await LeaderQueries.OpenSteps(db, scope).Where(o => o.HolderId != null)
            .GroupBy(o => o.HolderId!)
            .Select(g => new { Id = g.Key, Open = g.Count(), Overdue = g.Sum(o => o.StepDueAt < now ? 1 : 0) })
            .ToListAsync(ct);

        var officers = await LeaderQueries.OfficersAsync(db, scope, ct);
        var people = done.Select(d => d.Id).Concat(held.Select(h => h.Id)).Concat(officers.Select(o => o.Id)).Distinct().ToList();
        var names = await LeaderQueries.NamesAsync(db, people, ct);
        var unitsOf = await db.StaffAgencies.AsNoTracking().Where(sa => people.Contains(sa.UserId)).Select(sa => new { sa.UserId, sa.AgencyId }).ToListAsync(ct);
        var agencyNames = r.Tree.All.ToDictionary(a => a.Id, a => a.LocalName(t.English));
        var doneBy = done.ToDictionary(x => x.Id);
        var heldBy = held.ToDictionary(x => x.Id);

        var rows = people
            .Select(id =>
            {
                var d = doneBy.GetValueOrDefault(id);
                var h = heldBy.GetValueOrDefault(id);
                var units = string.Join(", ", unitsOf.Where(u => u.UserId == id && agencyNames.ContainsKey(u.AgencyId)).Select(u => agencyNames[u.AgencyId]).Order(StringComparer.Ordinal));
                var marked = (d?.Early ?? 0) + (d?.OnTime ?? 0) + (d?.Late ?? 0);
                return new
                {
                    Name = names.GetValueOrDefault(id, id),
                    Units = units,
                    Count = d?.Count ?? 0, Early = d?.Early ?? 0, OnTime = d?.OnTime ?? 0, Late = d?.Late ?? 0,
                    Numerator = (d?.Early ?? 0) + (d?.OnTime ?? 0), Denominator = marked,
                    Open = h?.Open ?? 0, Overdue = h?.Overdue ?? 0,
                };
            })
            .OrderBy(x => x.Units, StringComparer.Ordinal).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select((x, i) => new object?[]
            {
                i + 1, x.Name, x.Units, x.Count, x.Early, x.OnTime, x.Late, x.Numerator, x.Denominator,
                x.Denominator == 0 ? null : (decimal)x.Numerator / x.Denominator, x.Open, x.Overdue,
            })
            .ToList();

        IReadOnlyList<ReportColumn> columns =
        [
            new(t["col.no"], CellKind.Count, 5),
            new(t["col.officer"], CellKind.Text, 28),
            new(t["col.unit"], CellKind.Text, 36),
            new(t["col.steps"], CellKind.Count, 11),
            new(t["col.early"], CellKind.Count, 10),
            new(t["col.onTime"], CellKind.Count, 10),
            new(t["col.late"], CellKind.Count, 10),
            new(t["col.stepRateNum"], CellKind.Count, 11),
            new(t["col.stepRateDen"], CellKind.Count, 11),
            new(t["col.rate"], CellKind.Percent, 11),
            new(t["col.stepsOpen"], CellKind.Count, 11),
            new(t["col.stepsOverdue"], CellKind.Count, 12),
        ];
        return new ReportDocument(t["officers.title"], r.Header(t), r.Heading(t),
            [new ReportSheet(t["officers.sheet"], t["officers.section"], columns, _ => ReportRows.Of(rows))],
            [t["officers.note1"]]);
    }
}
