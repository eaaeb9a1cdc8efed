using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Statistics;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// Dossier processing by unit and by field: received by channel, resolved early / on time / late, open and overdue,
/// the on-time rate with its numerator and denominator. The figures are the statistics' (StatisticsQueries), so the
/// report says what the dashboard and the public pages say.
/// </summary>
public static class ProcessingReport
{
    public static async Task<ReportDocument> BuildAsync(ReportRequest r, ReportText t, StatisticsQueries stats, MotCuaDb db, CancellationToken ct)
    {
        var filter = new StatFilter(r.Unit?.Id);
        var period = r.Period.ToStat();
        var (total, units) = await stats.TotalAndUnitsAsync(filter, period, ct);

        var fields = await db.Fields.AsNoTracking().OrderBy(f => f.Code).Select(f => new { f.Code, f.Name, f.NameEn }).ToListAsync(ct);
        var byField = new List<(string Name, Indicators Values)>();
        foreach (var field in fields)
        {
            var values = await stats.TotalAsync(filter with { FieldCode = field.Code }, period, ct);
            // A province has dozens of fields; the report lists those with something to count.
            if (values.Received + values.Resolved + values.Open > 0)
            {
                byField.Add(($"{field.Code} – {(t.English ? field.NameEn : field.Name)}", values));
            }
        }

        var totalRow = Row(null, t["total"] + " – " + r.UnitName(t), total);
        var unitRows = units.Select((u, i) => Row(i + 1, u.Unit.LocalName(t.English), u.Values)).Append(totalRow).ToList();
        var fieldRows = byField.Select((f, i) => Row(i + 1, f.Name, f.Values)).Append(totalRow).ToList();
        return new ReportDocument(t["processing.title"], r.Header(t), r.Heading(t),
        [
            new ReportSheet(t["processing.sheetUnit"], t["processing.byUnit"], Columns(t, t["col.unit"]), _ => ReportRows.Of(unitRows)),
            new ReportSheet(t["processing.sheetField"], t["processing.byField"], Columns(t, t["col.field"]), _ => ReportRows.Of(fieldRows)),
        ],
        [t["processing.note1"], t["processing.note2"]]);
    }

    public static IReadOnlyList<ReportColumn> Columns(ReportText t, string what) =>
    [
        new(t["col.no"], CellKind.Count, 5),
        new(what, CellKind.Text, 42),
        new(t["col.received"], CellKind.Count, 11),
        new(t["col.receivedCounter"], CellKind.Count, 11),
        new(t["col.receivedOnline"], CellKind.Count, 11),
        new(t["col.receivedPost"], CellKind.Count, 11),
        new(t["col.resolved"], CellKind.Count, 11),
        new(t["col.early"], CellKind.Count, 10),
        new(t["col.onTime"], CellKind.Count, 10),
        new(t["col.late"], CellKind.Count, 10),
        new(t["col.open"], CellKind.Count, 11),
        new(t["col.openOverdue"], CellKind.Count, 11),
        new(t["col.rateNum"], CellKind.Count, 11),
        new(t["col.rateDen"], CellKind.Count, 11),
        new(t["col.rate"], CellKind.Percent, 11),
        new(t["col.avgDays"], CellKind.Quantity, 13),
    ];

    private static object?[] Row(int? number, string name, Indicators v) =>
    [
        number, name, v.Received, v.ReceivedCounter, v.ReceivedOnline, v.ReceivedPost, v.Resolved, v.Early, v.OnTime, v.Late,
        v.Open, v.OpenOverdue, v.OnTimeRate.Numerator, v.OnTimeRate.Denominator, v.OnTimeRate.Value, v.AverageProcessingDays,
    ];
}
