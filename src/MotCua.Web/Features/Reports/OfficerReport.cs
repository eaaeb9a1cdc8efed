using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;

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
        // The same figures as the dashboard's officer table: one query for both.
        var figures = await Dashboard.OfficerFigures.LoadAsync(db, r.Agencies?.ToArray(), r.Period.ToStat(), r.Now, ct);
        var people = figures.Select(f => f.Id).ToList();
        var unitsOf = await db.StaffAgencies.AsNoTracking().Where(sa => people.Contains(sa.UserId)).Select(sa => new { sa.UserId, sa.AgencyId }).ToListAsync(ct);
        var agencyNames = r.Tree.All.ToDictionary(a => a.Id, a => a.LocalName(t.English));

        var rows = figures
            .Select(f =>
            {
                var units = string.Join(", ", unitsOf.Where(u => u.UserId == f.Id && agencyNames.ContainsKey(u.AgencyId)).Select(u => agencyNames[u.AgencyId]).Order(StringComparer.Ordinal));
                return new
                {
                    f.Name,
                    Units = units,
                    Count = f.Done, f.Early, f.OnTime, f.Late,
                    Numerator = f.Early + f.OnTime, Denominator = f.Early + f.OnTime + f.Late,
                    f.Open, f.Overdue,
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
