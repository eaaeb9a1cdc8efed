using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// The dossiers late or overdue in the period, with the apology beside them: those that ended in the period after their
/// due date (or after more than one supplement request, rule 2.1), and those still open at the period's end past their
/// due date. "Due" is the date before any apology (Decree 61/2018 Art. 19(9): the apology excuses nothing). Dossiers
/// count for their deciding unit, as in the statistics. Rows stream from the database in due-date order.
/// </summary>
public static class OverdueListReport
{
    public static ReportDocument Build(ReportRequest r, ReportText t, MotCuaDb db, WorkingCalendar calendar)
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
            [new ReportSheet(t["overdue.sheet"], t["overdue.section"], columns, ct => RowsAsync(r, t, db, calendar, ct))],
            [t["overdue.note1"], t["processing.note2"]]);
    }

    private static async IAsyncEnumerable<object?[]> RowsAsync(ReportRequest r, ReportText t, MotCuaDb db, WorkingCalendar calendar, [EnumeratorCancellation] CancellationToken ct)
    {
        var start = r.Period.Start;
        var end = r.Period.End;
        var judgedAt = r.JudgedAt;
        var english = t.English;
        var q = db.Dossiers.AsNoTracking().Where(d => d.Code != null && d.ReceivedAt < end);
        if (r.Agencies is { } ids)
        {
            var list = ids.ToList();
            q = q.Where(d => list.Contains(d.CompetentAgencyId));
        }

        q = q.Where(d =>
            // Ended in the period, late against the due date before any apology, or with more than one supplement request.
            ((d.ResultReadyAt ?? d.EndedAt) >= start && (d.ResultReadyAt ?? d.EndedAt) < end
                && ((d.ResultReadyAt ?? d.EndedAt) > (d.DueAtBeforeApology ?? d.DueAt) || d.SupplementCount > 1))
            // Still open at the period's end and past that due date then; a dossier waiting for the applicant's supplement
            // has its clock stopped (Decree 61/2018 Art. 19(4)).
            || (((d.ResultReadyAt ?? d.EndedAt) == null || (d.ResultReadyAt ?? d.EndedAt) >= end)
                && d.Status != DossierStatus.AwaitingSupplement
                && (d.DueAtBeforeApology ?? d.DueAt) < judgedAt));

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
