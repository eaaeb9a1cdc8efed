using MotCua.Web.Features.Feedback;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Statistics;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// Satisfaction by unit: ratings by level and indicator 5.4 of Decision 766 (from the statistics), and the feedback
/// (phản ánh, kiến nghị) each unit received and answered, with indicators 5.2 and 5.3.
/// </summary>
public static class SatisfactionReport
{
    public static async Task<ReportDocument> BuildAsync(ReportRequest r, ReportText t, StatisticsQueries stats, FeedbackStatistics feedback, CancellationToken ct)
    {
        var filter = new StatFilter(r.Unit?.Id);
        var period = r.Period.ToStat();
        var (total, units) = await stats.TotalAndUnitsAsync(filter, period, ct);

        var rows = new List<object?[]>();
        var number = 0;
        foreach (var unit in units)
        {
            var cases = await feedback.SummaryAsync([.. r.Tree.WithDescendants([unit.Unit.Id])], r.Period.Start, r.Period.End, ct);
            rows.Add(Row(++number, unit.Unit.LocalName(t.English), unit.Values, cases));
        }

        var all = await feedback.SummaryAsync(r.Agencies is { } ids ? [.. ids] : null, r.Period.Start, r.Period.End, ct);
        rows.Add(Row(null, t["total"] + " – " + r.UnitName(t), total, all));

        IReadOnlyList<ReportColumn> columns =
        [
            new(t["col.no"], CellKind.Count, 6),
            new(t["col.unit"], CellKind.Text, 40),
            new(t["col.verySatisfied"], CellKind.Count, 10),
            new(t["col.satisfied"], CellKind.Count, 10),
            new(t["col.notSatisfied"], CellKind.Count, 10),
            new(t["col.ratings"], CellKind.Count, 10),
            new(t["col.s54num"], CellKind.Count, 10),
            new(t["col.s54den"], CellKind.Count, 10),
            new(t["col.s54"], CellKind.Percent, 11),
            new(t["col.fbReceived"], CellKind.Count, 10),
            new(t["col.fbAnsweredOnTime"], CellKind.Count, 11),
            new(t["col.fbOpenOverdue"], CellKind.Count, 11),
            new(t["col.f52num"], CellKind.Count, 10),
            new(t["col.f52den"], CellKind.Count, 10),
            new(t["col.f52"], CellKind.Percent, 11),
            new(t["col.f53num"], CellKind.Count, 10),
            new(t["col.f53den"], CellKind.Count, 10),
            new(t["col.f53"], CellKind.Percent, 11),
        ];
        return new ReportDocument(t["satisfaction.title"], r.Header(t), r.Heading(t),
            [new ReportSheet(t["satisfaction.sheet"], t["satisfaction.section"], columns, _ => ReportRows.Of(rows))],
            [t["satisfaction.note1"]]);
    }

    private static object?[] Row(int? number, string name, Indicators v, FeedbackStatistics.Summary f) =>
    [
        number, name, v.VerySatisfied, v.Satisfied, v.NotSatisfied, v.VerySatisfied + v.Satisfied + v.NotSatisfied,
        v.Satisfaction.Numerator, v.Satisfaction.Denominator, v.Satisfaction.Value,
        f.Received, f.AnsweredOnTime, f.OpenOverdue,
        v.FeedbackOnTime.Numerator, v.FeedbackOnTime.Denominator, v.FeedbackOnTime.Value,
        v.FeedbackSatisfaction.Numerator, v.FeedbackSatisfaction.Denominator, v.FeedbackSatisfaction.Value,
    ];
}
