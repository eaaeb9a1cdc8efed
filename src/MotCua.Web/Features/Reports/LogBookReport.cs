using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// Form 06, the dossier log book of a receiving point, as a workbook (the PDF is /api/v1/logbook/{agency}/{year}).
/// Same entries and the same numbering as the PDF: accepted dossiers in reception order, numbered continuously from the
/// first entry of the year (Circular 01/2018 Art. 10(2)), so a month's extract keeps the book's numbers.
/// </summary>
public static class LogBookReport
{
    public static ReportDocument Build(ReportRequest r, Agency book, ReportText t, MotCuaDb db)
    {
        IReadOnlyList<ReportColumn> columns =
        [
            new(t["col.no"], CellKind.Count, 7),
            new(t["overdue.code"], CellKind.Text, 26),
            new(t["overdue.procedure"], CellKind.Text, 40),
            new(t["col.sets"], CellKind.Count, 9),
            new(t["col.applicant"], CellKind.Text, 26),
            new(t["col.contact"], CellKind.Text, 32),
            new(t["overdue.unit"], CellKind.Text, 30),
            new(t["overdue.receivedAt"], CellKind.DateTime, 16),
            new(t["overdue.dueAt"], CellKind.DateTime, 16),
            new(t["col.transferredAt"], CellKind.DateTime, 16),
            new(t["col.resultAt"], CellKind.DateTime, 16),
            new(t["col.returnedAt"], CellKind.DateTime, 16),
            new(t["col.note"], CellKind.Text, 20),
        ];
        var name = book.LocalName(t.English);
        return new ReportDocument(t["logbook.title"], r.Header(t), r.Heading(t),
            [new ReportSheet(t["logbook.sheet"], t["logbook.section", name], columns, ct => RowsAsync(r, book, t, db, ct))],
            [t["logbook.note1"]]);
    }

    private static async IAsyncEnumerable<object?[]> RowsAsync(ReportRequest r, Agency book, ReportText t, MotCuaDb db, [EnumeratorCancellation] CancellationToken ct)
    {
        var start = r.Period.Start;
        var end = r.Period.End;
        var yearStart = VietnamTime.StartOfDay(new DateOnly(r.Period.From.Year, 1, 1));
        var agencyId = book.Id;
        var english = t.English;
        var before = await db.Dossiers.CountAsync(d => d.ReceivingPointId == agencyId && d.Code != null && d.ReceivedAt >= yearStart && d.ReceivedAt < start, ct);
        var rows = db.Dossiers.AsNoTracking()
            .Where(d => d.ReceivingPointId == agencyId && d.Code != null && d.ReceivedAt >= start && d.ReceivedAt < end)
            .OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id)
            .Select(d => new
            {
                d.Code, Procedure = english ? d.Procedure!.NameEn : d.Procedure!.Name, d.ApplicantName, d.ApplicantAddress, d.ApplicantPhone,
                Lead = english ? d.CompetentAgency!.NameEn : d.CompetentAgency!.Name,
                d.ReceivedAt, d.OriginalDueAt, d.DueAt, d.TransferredAt, d.ResultReadyAt, d.ReturnedAt, d.Status,
            });

        var number = before;
        var year = r.Period.From.Year;
        await foreach (var d in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var receivedYear = VietnamTime.LocalDate(d.ReceivedAt).Year;
            if (receivedYear != year)
            {
                // A new year opens a new book: its entries start again from 1.
                (year, number) = (receivedYear, 0);
            }

            yield return
            [
                ++number, d.Code, d.Procedure, 1, d.ApplicantName,
                string.Join(" - ", new[] { d.ApplicantAddress, d.ApplicantPhone }.Where(s => !string.IsNullOrEmpty(s))), d.Lead,
                d.ReceivedAt, d.OriginalDueAt ?? d.DueAt ?? d.ReceivedAt, d.TransferredAt, d.ResultReadyAt, d.ReturnedAt,
                Note(d.Status, t),
            ];
        }
    }

    /// <summary>The remark column: how the dossier ended when it did not end with a result.</summary>
    private static string? Note(DossierStatus status, ReportText t) => status switch
    {
        DossierStatus.Refused or DossierStatus.Stopped or DossierStatus.Withdrawn or DossierStatus.AwaitingSupplement or DossierStatus.ResultReady
            => t["status." + status],
        _ => null,
    };
}
