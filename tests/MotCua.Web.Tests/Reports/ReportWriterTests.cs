using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MotCua.Web.Features.Forms;
using MotCua.Web.Features.Reports;
using MotCua.Web.Tests.Forms;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Reports;

/// <summary>The two writers on a long list: the workbook holds every row, the PDF stops at its cap and says so.</summary>
public sealed class ReportWriterTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const int Rows = PdfReport.MaxRows + 150;

    private static ReportDocument LongList() => new(
        "Danh sách thử", new FormHeader("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Đồng Nai"),
        ["Đơn vị: Toàn tỉnh"],
        [new ReportSheet("Hồ sơ: [thử]/quý 3 năm 2026 và hơn thế", "Bảng dài", [new("STT", CellKind.Count, 6), new("Mã hồ sơ", CellKind.Text, 30), new("Tỷ lệ", CellKind.Percent, 10), new("Ngày", CellKind.Date, 12)],
            _ => ReportRows.Of(Enumerable.Range(1, Rows).Select(i => new object?[] { i, $"000.00.19.H19-260301-{i:0000}", i % 3 == 0 ? null : 1m / i, new DateOnly(2026, 3, 1) })))],
        ["Ghi chú: công thức."]);

    private ReportText Text()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        return new ReportText(app.Services.GetRequiredService<IStringLocalizer<ReportTexts>>());
    }

    [Fact]
    public async Task The_pdf_prints_its_cap_of_rows_with_headers_on_every_page_and_points_to_the_workbook()
    {
        var pdf = await PdfReport.RenderAsync(LongList(), Text(), default);

        var text = System.Text.RegularExpressions.Regex.Replace(PdfText.ExtractInDrawingOrder(pdf), @"\s+", " ");
        Assert.Contains($"000.00.19.H19-260301-{PdfReport.MaxRows:0000}", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"000.00.19.H19-260301-{PdfReport.MaxRows + 1:0000}", text, StringComparison.Ordinal);
        Assert.Contains("Bản PDF chỉ in 2.000 dòng đầu tiên trong tổng số 2.150 dòng. Danh sách đầy đủ có trong tệp Excel (.xlsx)", text, StringComparison.Ordinal);
        var pages = PdfInfo.Pages(pdf);
        Assert.True(pages > 20, $"{pages} pages");
        Assert.Contains($"Trang {pages}/{pages}", text, StringComparison.Ordinal);
        // The column headers open every page of the table.
        var words = PdfText.Words(pdf);
        Assert.Equal(pages, words.Where(w => w.Text == "Mã").Select(w => w.Page).Distinct().Count());
    }

    [Fact]
    public async Task The_workbook_holds_every_row_as_numbers_with_a_clean_unique_sheet_name()
    {
        using var output = new MemoryStream();
        await XlsxReport.WriteAsync(LongList(), output, default);

        var sheet = XlsxSheet.Read(output.ToArray(), 0);
        Assert.Equal("Hồ sơ- -thử--quý 3 năm 2026 và", sheet.Name);
        var header = sheet.HeaderRow("STT");
        Assert.Equal(header, sheet.FrozenRows);
        Assert.Equal(header + Rows, sheet.RowCount);
        Assert.Equal(Rows, sheet[header + Rows, 1]!.Number);
        Assert.Equal(0.5, sheet[header + 2, 3]!.Number);
        Assert.Equal("0.00%", sheet.FormatOf(sheet[header + 2, 3]!));
        // An empty value leaves its cell empty; the next value stays in its own column.
        Assert.Null(sheet[header + 3, 3]);
        Assert.Equal(new DateTime(2026, 3, 1).ToOADate(), sheet[header + 3, 4]!.Number);
        Assert.Equal("dd/mm/yyyy", sheet.FormatOf(sheet[header + 3, 4]!));
        Assert.Equal([6.0, 30, 10, 12], sheet.ColumnWidths);

        // The package and every part are valid Office Open XML, as Excel checks them.
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(output.ToArray()), false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }
}
