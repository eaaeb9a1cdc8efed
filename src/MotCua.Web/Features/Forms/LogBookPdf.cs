using System.Globalization;

namespace MotCua.Web.Features.Forms;

/// <summary>
/// Mẫu số 06 — Sổ theo dõi hồ sơ, on A4 landscape (Circular 01/2018 Art. 9(2)). The book is kept per year with
/// numbered pages and entries numbered continuously through the year (Art. 10(2)); the numbers come from the rows.
/// </summary>
internal static class LogBookPdf
{
    public const string Title = "SỔ THEO DÕI HỒ SƠ";

    private static readonly string[] Headers =
    [
        "STT", "Mã hồ sơ", "Tên TTHC", "Số lượng hồ sơ (bộ)", "Tên cá nhân, tổ chức", "Địa chỉ, số điện thoại",
        "Cơ quan chủ trì giải quyết", "Nhận hồ sơ", "Hẹn trả kết quả", "Chuyển hồ sơ đến cơ quan giải quyết",
        "Nhận kết quả từ cơ quan giải quyết", "Trả kết quả cho cá nhân, tổ chức", "Ghi chú",
    ];

    // Widths in points of the 771 pt between the margins: the dossier code (25 characters, 96 pt) fits on one line,
    // a date cell holds "08:30" over "13/02/2026".
    private static readonly TableColumn[] Columns =
    [
        new(26, TextAlign.Center), new(102), new(104), new(32, TextAlign.Center), new(72), new(80),
        new(66), new(47, TextAlign.Center), new(47, TextAlign.Center), new(47, TextAlign.Center),
        new(47, TextAlign.Center), new(47, TextAlign.Center), new(54),
    ];

    public static byte[] Render(LogBookForm f)
    {
        var style = FormStyle.A4Book;
        var year = f.Year.ToString(CultureInfo.InvariantCulture);
        using var w = new FormWriter(PageFormat.A4Landscape, $"{Title} năm {year}");
        FormBlocks.FormNumber(w, style, "Mẫu số 06");
        FormBlocks.Heading(w, style, f.Header, placeAndDate: null);
        FormBlocks.Title(w, style, Title);
        w.Paragraph("Năm " + year, w.Fonts.Get(style.Body + 1, FaceStyle.Bold), TextAlign.Center);
        w.Paragraph(f.AgencyName, w.Fonts.Get(style.Body, FaceStyle.Italic), TextAlign.Center, spaceAfter: 6);

        // Later pages carry the book's name, so a loose page still says which book and year it belongs to.
        w.ContinuationPageStarted = page =>
            page.Paragraph($"{Title} năm {year} — {f.AgencyName}", page.Fonts.Get(style.Small, FaceStyle.Italic), TextAlign.Right, spaceAfter: 3);

        var size = style.Table;
        var header = Headers.Select(text => FormBlocks.Cell(w, size, text, FaceStyle.Bold)).ToList();
        var numbers = Headers.Select((_, i) => FormBlocks.Cell(w, size - 0.5, $"({i + 1})", FaceStyle.Italic)).ToList();
        new FormTable(w, Columns, [header, numbers]).Draw(f.Rows.Select(row => Row(w, size, row)));

        w.NumberPages(w.Fonts.Get(style.Small, FaceStyle.Italic), evenIfSinglePage: true);
        return w.Save();
    }

    private static IReadOnlyList<TableCell> Row(FormWriter w, double size, LogBookRow row) =>
    [
        FormBlocks.Cell(w, size, row.Number.ToString(CultureInfo.InvariantCulture)),
        FormBlocks.Cell(w, size, row.DossierCode),
        FormBlocks.Cell(w, size, row.ProcedureName),
        FormBlocks.Cell(w, size, row.Sets.ToString(CultureInfo.InvariantCulture)),
        FormBlocks.Cell(w, size, row.ApplicantName),
        FormBlocks.Cell(w, size, row.ApplicantAddressPhone),
        FormBlocks.Cell(w, size, row.LeadAgency),
        FormBlocks.Cell(w, size, FormDates.Compact(row.ReceivedAt)),
        FormBlocks.Cell(w, size, FormDates.Compact(row.DueAt)),
        FormBlocks.Cell(w, size, FormDates.CompactOrBlank(row.TransferredAt)),
        FormBlocks.Cell(w, size, FormDates.CompactOrBlank(row.ResultReceivedAt)),
        FormBlocks.Cell(w, size, FormDates.CompactOrBlank(row.ReturnedAt)),
        FormBlocks.Cell(w, size, row.Note),
    ];
}
