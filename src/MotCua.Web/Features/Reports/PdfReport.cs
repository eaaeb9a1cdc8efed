using System.Globalization;
using MotCua.Domain;
using MotCua.Web.Features.Forms;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// Writes a report as PDF with the forms' layout (Features/Forms): A4 landscape, Liberation Sans (the Vietnamese
/// diacritics survive subsetting), table headers repeated on every page, "Trang i/n" at the foot. A PDF is for
/// printing and reading: each table prints at most <see cref="MaxRows"/> rows and then says where the rest is.
/// </summary>
public static class PdfReport
{
    public const string ContentType = "application/pdf";

    /// <summary>About 80 pages of the overdue list; beyond that the workbook is the document to use.</summary>
    public const int MaxRows = 2000;

    private const double Body = 9;
    private const double Small = 7.5;
    private const double Table = 7;

    public static async Task<byte[]> RenderAsync(ReportDocument report, ReportText text, CancellationToken ct)
    {
        PdfSetup.EnsureInitialized();
        using var w = new FormWriter(PageFormat.A4Landscape, report.Title);
        var style = FormStyle.A4Book;
        FormBlocks.Heading(w, style, report.Header, placeAndDate: null);
        FormBlocks.Title(w, style, report.Title.ToUpper(CultureInfo.GetCultureInfo("vi-VN")));
        foreach (var line in report.Heading)
        {
            w.Paragraph(line, w.Fonts.Get(Body), TextAlign.Center, spaceAfter: 1);
        }

        w.Gap(4);
        w.ContinuationPageStarted = page =>
            page.Paragraph(report.Title + " — " + string.Join(" · ", report.Heading.Take(2)), page.Fonts.Get(Small, FaceStyle.Italic), TextAlign.Right, spaceAfter: 3);

        foreach (var sheet in report.Sheets)
        {
            w.EnsureSpace(60);
            w.Paragraph(sheet.Title, w.Fonts.Get(Body + 1, FaceStyle.Bold), spaceAfter: 3);
            var columns = sheet.Columns.Select(c => new TableColumn(c.Width, c.Kind == CellKind.Text ? TextAlign.Left : TextAlign.Right)).ToList();
            var header = sheet.Columns.Select(c => FormBlocks.Cell(w, Table, c.Header, FaceStyle.Bold)).ToList();
            // The first rows are kept to be drawn; the rest is only counted, so the note can say how many rows the
            // workbook holds. Reading stays asynchronous, the layout then runs over the kept rows.
            var kept = new List<object?[]>();
            var total = 0;
            await foreach (var row in sheet.Rows(ct).WithCancellation(ct))
            {
                if (++total <= MaxRows)
                {
                    kept.Add(row);
                }
            }

            new FormTable(w, columns, [header]).Draw(kept.Select(row =>
                (IReadOnlyList<TableCell>)[.. row.Select((value, i) => FormBlocks.Cell(w, Table, Format(value, sheet.Columns[i].Kind, text.Culture)))]));
            if (total > MaxRows)
            {
                w.Gap(3);
                w.Paragraph(text.Truncated(MaxRows, total), w.Fonts.Get(Body, FaceStyle.BoldItalic), spaceAfter: 2);
            }
            else if (total == 0)
            {
                w.Paragraph(text.NoRows, w.Fonts.Get(Body, FaceStyle.Italic), spaceAfter: 2);
            }

            w.Gap(6);
        }

        foreach (var note in report.Notes)
        {
            w.Paragraph(note, w.Fonts.Get(Small, FaceStyle.Italic), spaceAfter: 1);
        }

        w.NumberPages(w.Fonts.Get(Small, FaceStyle.Italic), evenIfSinglePage: true);
        return w.Save();
    }

    public static string Format(object? value, CellKind kind, CultureInfo culture) => value switch
    {
        null => "",
        string s => s,
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        DateTimeOffset t => VietnamTime.ToLocal(t).ToString(kind == CellKind.Date ? "dd/MM/yyyy" : "HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture),
        decimal or double when kind == CellKind.Percent => (Convert.ToDecimal(value, CultureInfo.InvariantCulture) * 100).ToString("0.00", culture) + " %",
        decimal or double => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("#,##0.##", culture),
        int or long => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString("#,##0", culture),
        _ => Convert.ToString(value, culture) ?? "",
    };
}
