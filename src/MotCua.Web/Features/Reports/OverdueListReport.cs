using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Statistics;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// The dossiers late or overdue in the period, with the apology beside them: those that ended in the period late by rule
/// 2.1 (after their due date, the supplement waiting time not counted, or after more than one supplement request), and
/// those still open at the period's end past their due date — exactly the dashboard's "late" and "overdue" counts. "Due"
/// is the date before any apology (Decree 61/2018 Art. 19(9): the apology excuses nothing). Dossiers count for their
/// deciding unit, as in the statistics. Rows stream from the database in due-date order.
/// </summary>
public static class OverdueListReport
{
    public static ReportDocument Build(ReportRequest r, ReportText t, MotCuaDb db, StatisticsQueries stats, WorkingCalendar calendar)
    {
        IReadOnlyList<ReportColumn> columns =
        [
            new(t["col.no"], CellKind.Count, 6),
            // Wide enough for a whole dossier code on one line of the PDF (25 characters).
            new(t["overdue.code"], CellKind.Text, 32),
            new(t["overdue.procedure"], CellKind.Text, 38),
            new(t["overdue.unit"], CellKind.Text, 30),
            new(t["overdue.receivedAt"], CellKind.DateTime, 16),
            new(t["overdue.dueAt"], CellKind.DateTime, 16),
            new(t["overdue.state"], CellKind.Text, 18),
            new(t["overdue.finishedAt"], CellKind.DateTime, 16),
            new(t["overdue.daysLate"], CellKind.Count, 11),
            new(t["overdue.apologizedAt"], CellKind.DateTime, 16),
            new(t["overdue.newDueAt"], CellKind.DateTime, 16),
            new(t["overdue.reason"], CellKind.Text, 36),
        ];
        return new ReportDocument(t["overdue.title"], r.Header(t), r.Heading(t),
            [new ReportSheet(t["overdue.sheet"], t["overdue.section"], columns, ct => RowsAsync(r, t, db, stats, calendar, ct))],
            [t["overdue.note1"], t["processing.note2"]]);
    }

    private static async IAsyncEnumerable<object?[]> RowsAsync(ReportRequest r, ReportText t, MotCuaDb db, StatisticsQueries stats, WorkingCalendar calendar,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var end = r.Period.End;
        var judgedAt = r.JudgedAt;
        var english = t.English;
        // The dossiers the figures count as late (ended in the period) and as overdue (open at its end): rule 2.1 once, in
        // the statistics' facts, so the list is what the dashboard counts and is read through their indexes.
        var filter = new StatFilter(r.Unit?.Id);
        var late = await stats.FactsBehindAsync(filter, r.Period.ToStat(), Figure.Late, ct);
        var overdue = await stats.FactsBehindAsync(filter, r.Period.ToStat(), Figure.OpenOverdue, ct);
        var ids = late.Select(f => f.DossierId).Union(overdue.Select(f => f.DossierId));
        var q = db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id));

        var rows = q.OrderBy(d => d.DueAtBeforeApology ?? d.DueAt).ThenBy(d => d.Id).Select(d => new
        {
            d.Code,
            Procedure = english ? d.Procedure!.NameEn : d.Procedure!.Name,
            Unit = english ? d.CompetentAgency!.NameEn : d.CompetentAgency!.Name,
            d.ReceivedAt, Due = d.DueAtBeforeApology ?? d.DueAt, d.DueAt, Finished = d.ResultReadyAt ?? d.EndedAt,
            d.SupplementCount, d.ApologizedAt, d.ApologyReason,
        });

        var number = 0;
        await foreach (var d in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var finished = d.Finished is { } f && f < end ? f : (DateTimeOffset?)null;
            var due = d.Due ?? d.ReceivedAt;
            var judged = finished ?? judgedAt;
            var daysLate = Math.Max(0, calendar.WorkingDaysBetween(VietnamTime.LocalDate(due), VietnamTime.LocalDate(judged)));
            var state = finished is null ? t["overdue.openOverdue"]
                : judged > due ? t["overdue.finishedLate"]
                : t["overdue.supplements"];
            yield return
            [
                ++number, d.Code, d.Procedure, d.Unit, d.ReceivedAt, d.Due, state, finished, finished is not null && judged <= due ? 0 : daysLate,
                d.ApologizedAt, d.ApologizedAt is null ? null : d.DueAt, d.ApologyReason,
            ];
        }
    }
}
