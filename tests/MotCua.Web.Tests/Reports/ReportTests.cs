using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Statistics;
using MotCua.Web.Tests.Statistics;
using MotCua.Web.Tests.Forms;
using MotCua.Web.Tests.Infrastructure;
using MotCua.Web.Tests.Leader;
using static MotCua.Web.Tests.Infrastructure.Api;
using static MotCua.Web.Tests.Reports.ReportDownloads;

namespace MotCua.Web.Tests.Reports;

/// <summary>
/// The periodic reports downloaded over HTTP on each engine, opened (OpenXml, pdftotext) and read back against figures
/// counted by hand from the scenario (ReportScenario: March 2026, seen on 25 March at 10:00).
/// </summary>
public abstract class ReportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private const string Base = "/can-bo/lanh-dao/bao-cao/";
    private const string March = "from=2026-03-01&to=2026-03-31";
    private const string PoliceName = "Công an tỉnh Đồng Nai";
    private const string JusticeName = "Sở Tư pháp tỉnh Đồng Nai";

    /// <summary>The text with every run of white space as one space: a cell's text wraps onto several lines.</summary>
    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    private static double Local(int year, int month, int day, int hour, int minute) => new DateTime(year, month, day, hour, minute, 0).ToOADate();

    [Fact]
    public async Task The_overdue_list_is_exactly_what_the_dashboard_counts_late_and_overdue_for_the_province()
    {
        await ReportScenario.ForAsync(app);

        var xlsx = await FileAsync(app, Supervisor, Base + "qua-han.xlsx?" + March, Xlsx, "bao-cao-qua-han-2026-03.xlsx");

        var sheet = XlsxSheet.Read(xlsx, 0);
        var listed = sheet.Column(2, sheet.HeaderRow("STT") + 1).Where(c => c.Contains(".H19-", StringComparison.Ordinal)).ToList();
        var march = new StatPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
        var figures = await app.QueryAsync(q => q.TotalAsync(new StatFilter(), march, default));
        var late = await app.QueryAsync(q => q.DossiersAsync(new StatFilter(), march, Figure.Late, 1, 500, default));
        var overdue = await app.QueryAsync(q => q.DossiersAsync(new StatFilter(), march, Figure.OpenOverdue, 1, 500, default));
        Assert.Equal(figures.Late + figures.OpenOverdue, listed.Count);
        Assert.Equal(late.Rows.Concat(overdue.Rows).Select(r => r.Code).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.True(figures.Late > 0 && figures.OpenOverdue > 0, "the scenario has dossiers of both kinds");
    }

    [Fact]
    public async Task The_overdue_workbook_lists_the_dossiers_late_or_overdue_in_March_with_days_late_and_the_apology()
    {
        var s = await ReportScenario.ForAsync(app);

        var xlsx = await FileAsync(app, PoliceLeader, Base + "qua-han.xlsx?" + March, Xlsx, $"bao-cao-qua-han-2026-03-{Police}.xlsx");

        var sheet = XlsxSheet.Read(xlsx, 0);
        var header = sheet.HeaderRow("STT");
        Assert.Equal(header, sheet.FrozenRows);
        Assert.Contains("Đơn vị: " + PoliceName, sheet.AllText());
        Assert.Contains("Kỳ báo cáo: tháng 03/2026 (từ 01/03/2026 đến 31/03/2026)", sheet.AllText());
        Assert.Contains(sheet.AllText(), t => t.StartsWith("Lập lúc: 10:00 25/03/2026", StringComparison.Ordinal));
        Assert.Contains(sheet.AllText(), t => t.Contains("thư xin lỗi (Mẫu 04", StringComparison.Ordinal));
        // In due-date order: H (due 2 Mar), then A, E, R (due 16 Mar), then B (due 17 Mar before its apology).
        // I waits for a supplement, F was refused in time, C is due today, D next week: none is listed.
        Assert.Equal([s.H, s.A, s.E, s.R, s.B], sheet.Column(2, header + 1));
        Assert.Equal([17.0, 7, 4, 2, 6], Enumerable.Range(header + 1, 5).Select(r => sheet.Number(r, header, "Số ngày trễ (ngày làm việc)")));
        Assert.Equal([1.0, 2, 3, 4, 5], Enumerable.Range(header + 1, 5).Select(r => sheet.Number(r, header, "STT")));

        var e = sheet.RowOf(2, s.E);
        Assert.Equal("Đã giải quyết trễ hạn", sheet.Cell(e, header, "Tình trạng")!.Text);
        Assert.Equal(Local(2026, 3, 20, 10, 0), sheet.Number(e, header, "Ngày kết thúc"), 6);
        Assert.Null(sheet.Cell(e, header, "Lý do xin lỗi, hẹn lại"));

        var b = sheet.RowOf(2, s.B);
        Assert.Equal("Đang giải quyết, quá hạn", sheet.Cell(b, header, "Tình trạng")!.Text);
        Assert.Equal(LeaderScenario.ApologyReason, sheet.Cell(b, header, "Lý do xin lỗi, hẹn lại")!.Text);
        Assert.Equal(Local(2026, 3, 17, 17, 0), sheet.Number(b, header, "Hạn trả kết quả"), 6);
        Assert.Equal(Local(2026, 3, 24, 17, 0), sheet.Number(b, header, "Ngày hẹn trả mới"), 6);
        Assert.Equal(Local(2026, 3, 16, 9, 0), sheet.Number(b, header, "Ngày gửi thư xin lỗi"), 6);
        Assert.Equal("dd/mm/yyyy hh:mm", sheet.FormatOf(sheet.Cell(b, header, "Ngày hẹn trả mới")!));
        Assert.DoesNotContain(s.G, sheet.Column(2, header + 1));
    }

    [Fact]
    public async Task The_overdue_pdf_prints_the_list_in_Vietnamese_on_landscape_A4_with_page_numbers()
    {
        var s = await ReportScenario.ForAsync(app);

        var pdf = await FileAsync(app, Supervisor, Base + "qua-han.pdf?" + March, Pdf, "bao-cao-qua-han-2026-03.pdf");
        RenderFirstPage(pdf, "qua-han-" + app.Provider.ToString().ToLowerInvariant());

        var text = Flat(PdfText.ExtractInDrawingOrder(pdf));
        Assert.Contains("DANH SÁCH HỒ SƠ TRỄ HẠN, QUÁ HẠN VÀ THƯ XIN LỖI", text, StringComparison.Ordinal);
        Assert.Contains("Đơn vị: Toàn tỉnh", text, StringComparison.Ordinal);
        Assert.Contains("Kỳ báo cáo: tháng 03/2026 (từ 01/03/2026 đến 31/03/2026)", text, StringComparison.Ordinal);
        Assert.Contains(LeaderScenario.ApologyReason, text, StringComparison.Ordinal);
        Assert.Contains("Đang giải quyết, quá hạn", text, StringComparison.Ordinal);
        foreach (var code in new[] { s.H, s.A, s.E, s.R, s.B, s.G })
        {
            Assert.Contains(code, text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(s.C, text, StringComparison.Ordinal);
        Assert.Contains("24/03/2026", text, StringComparison.Ordinal);
        Assert.Contains("Trang 1/1", text, StringComparison.Ordinal);
        var (width, height) = PdfInfo.PageSize(pdf);
        Assert.Equal((842, 595), ((int)Math.Round(width), (int)Math.Round(height)));
    }

    [Fact]
    public async Task A_report_asked_for_in_English_is_written_in_English_with_the_same_figures()
    {
        var s = await ReportScenario.ForAsync(app);

        var xlsx = await FileAsync(app, PoliceLeader, Base + "qua-han.xlsx?" + March + "&lang=en", Xlsx, $"bao-cao-qua-han-2026-03-{Police}.xlsx");

        var sheet = XlsxSheet.Read(xlsx, 0);
        Assert.Equal("Late dossiers", sheet.Name);
        var header = sheet.HeaderRow("No.");
        Assert.Contains("Period: month 03/2026 (01/03/2026 to 31/03/2026)", sheet.AllText());
        Assert.Equal([s.H, s.A, s.E, s.R, s.B], sheet.Column(2, header + 1));
        Assert.Equal("Finished late", sheet.Cell(sheet.RowOf(2, s.E), header, "State")!.Text);
        Assert.Equal(4, sheet.Number(sheet.RowOf(2, s.E), header, "Days late (working days)"));
    }

    [Theory]
    [InlineData("", "bao-cao-qua-han-2026-02.xlsx")]
    [InlineData("?ky=thang", "bao-cao-qua-han-2026-03.xlsx")]
    [InlineData("?ky=quy", "bao-cao-qua-han-2026-Q1.xlsx")]
    [InlineData("?ky=nam", "bao-cao-qua-han-2026.xlsx")]
    [InlineData("?from=2026-03-05&to=2026-04-04", "bao-cao-qua-han-2026-03-05_2026-04-04.xlsx")]
    public async Task The_period_defaults_to_last_month_takes_shortcuts_and_names_the_file(string query, string fileName)
    {
        await ReportScenario.ForAsync(app);

        var xlsx = await FileAsync(app, Supervisor, Base + "qua-han.xlsx" + query, Xlsx, fileName);

        Assert.NotEmpty(XlsxSheet.SheetNames(xlsx));
    }

    [Fact]
    public async Task A_past_period_judges_open_dossiers_at_its_end()
    {
        await ReportScenario.ForAsync(app);

        // On 28 February nothing received was past its due date yet (H was due on 2 March).
        var xlsx = await FileAsync(app, Supervisor, Base + "qua-han.xlsx?from=2026-02-01&to=2026-02-28", Xlsx, "bao-cao-qua-han-2026-02.xlsx");
        var sheet = XlsxSheet.Read(xlsx, 0);
        Assert.Equal(sheet.HeaderRow("STT"), sheet.RowCount);

        var pdf = await FileAsync(app, Supervisor, Base + "qua-han.pdf?from=2026-02-01&to=2026-02-28", Pdf, "bao-cao-qua-han-2026-02.pdf");
        Assert.Contains("Không có dữ liệu trong kỳ.", Flat(PdfText.ExtractInDrawingOrder(pdf)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_processing_workbook_counts_by_unit_and_field_as_rule_2_1_does()
    {
        await ReportScenario.ForAsync(app);

        var xlsx = await FileAsync(app, PoliceLeader, Base + "giai-quyet.xlsx?" + March, Xlsx, $"bao-cao-giai-quyet-2026-03-{Police}.xlsx");

        Assert.Equal(["Theo đơn vị", "Theo lĩnh vực"], XlsxSheet.SheetNames(xlsx));
        foreach (var index in new[] { 0, 1 })
        {
            var sheet = XlsxSheet.Read(xlsx, index);
            var header = sheet.HeaderRow("STT");
            Assert.Equal(header, sheet.FrozenRows);
            var total = sheet.RowOf(2, "Tổng cộng – " + PoliceName);
            // Received in March: A E R B I F C D (H came in February), all at the counter. Resolved: E and R late, F
            // refused in time. Open on 25 March: H A B I C D, of which H A B are past their due date.
            AssertFigures(sheet, header, total, received: 8, counter: 8, resolved: 3, late: 2, open: 6, overdue: 3, numerator: 4, denominator: 9);
            var rate = sheet.Cell(total, header, "Tỷ lệ đúng hạn")!;
            Assert.Equal(4.0 / 9, rate.Number!.Value, 9);
            Assert.Equal("0.00%", sheet.FormatOf(rate));
            Assert.Contains(sheet.AllText(), t => t.StartsWith("Tỷ lệ đúng hạn (quy tắc 2.1)", StringComparison.Ordinal));
        }

        var fields = XlsxSheet.Read(xlsx, 1);
        var fieldHeader = fields.HeaderRow("STT");
        var fieldRows = Enumerable.Range(fieldHeader + 1, fields.RowCount - fieldHeader - 1);
        Assert.Equal(8, fieldRows.Sum(r => fields.Number(r, fieldHeader, "Tiếp nhận")));
    }

    [Fact]
    public async Task The_supervisor_gets_a_row_per_unit_of_the_province_and_a_pdf_with_the_rates()
    {
        await ReportScenario.ForAsync(app);

        var xlsx = await FileAsync(app, Supervisor, Base + "giai-quyet.xlsx?" + March, Xlsx, "bao-cao-giai-quyet-2026-03.xlsx");
        var sheet = XlsxSheet.Read(xlsx, 0);
        var header = sheet.HeaderRow("STT");
        AssertFigures(sheet, header, sheet.RowOf(2, PoliceName), received: 8, counter: 8, resolved: 3, late: 2, open: 6, overdue: 3, numerator: 4, denominator: 9);
        // G: received 2 March at the counter, still open and overdue.
        AssertFigures(sheet, header, sheet.RowOf(2, JusticeName), received: 1, counter: 1, resolved: 0, late: 0, open: 1, overdue: 1, numerator: 0, denominator: 1);
        AssertFigures(sheet, header, sheet.RowOf(2, "Tổng cộng – Toàn tỉnh"), received: 9, counter: 9, resolved: 3, late: 2, open: 7, overdue: 4, numerator: 4, denominator: 10);

        var pdf = await FileAsync(app, Supervisor, Base + "giai-quyet.pdf?" + March, Pdf, "bao-cao-giai-quyet-2026-03.pdf");
        RenderFirstPage(pdf, "giai-quyet-" + app.Provider.ToString().ToLowerInvariant());
        var text = Flat(PdfText.ExtractInDrawingOrder(pdf));
        Assert.Contains("BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH", text, StringComparison.Ordinal);
        Assert.Contains("I. Theo đơn vị", text, StringComparison.Ordinal);
        Assert.Contains("II. Theo lĩnh vực", text, StringComparison.Ordinal);
        Assert.Contains("44,44 %", text, StringComparison.Ordinal);
        Assert.Contains("40,00 %", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_satisfaction_workbook_counts_ratings_by_level_and_the_feedback_received()
    {
        await ReportScenario.ForAsync(app);

        var xlsx = await FileAsync(app, PoliceLeader, Base + "hai-long.xlsx?" + March, Xlsx, $"bao-cao-hai-long-2026-03-{Police}.xlsx");

        var sheet = XlsxSheet.Read(xlsx, 0);
        var header = sheet.HeaderRow("STT");
        var total = sheet.RowOf(2, "Tổng cộng – " + PoliceName);
        Assert.Equal(0, sheet.Number(total, header, "Rất hài lòng"));
        Assert.Equal(0, sheet.Number(total, header, "Hài lòng"));
        Assert.Equal(1, sheet.Number(total, header, "Không hài lòng"));
        Assert.Equal(1, sheet.Number(total, header, "Tổng lượt đánh giá"));
        Assert.Equal(1, sheet.Number(total, header, "PAKN tiếp nhận"));
        Assert.Equal(0, sheet.Number(total, header, "PAKN trả lời đúng hạn"));
        var numerator = sheet.Number(total, header, "5.4: tử số");
        var denominator = sheet.Number(total, header, "5.4: mẫu số");
        Assert.True(denominator > 0);
        Assert.Equal(numerator / denominator, sheet.Number(total, header, "5.4: tỷ lệ hài lòng"), 9);

        var pdf = await FileAsync(app, PoliceLeader, Base + "hai-long.pdf?" + March, Pdf, $"bao-cao-hai-long-2026-03-{Police}.pdf");
        Assert.Contains("BÁO CÁO MỨC ĐỘ HÀI LÒNG VÀ PHẢN ÁNH, KIẾN NGHỊ", Flat(PdfText.ExtractInDrawingOrder(pdf)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_officer_workbook_counts_the_steps_each_officer_handled_and_holds()
    {
        await ReportScenario.ForAsync(app);
        var (specialist, reception) = (await FullNameAsync(PoliceSpecialist), await FullNameAsync(Reception));

        var xlsx = await FileAsync(app, Supervisor, Base + "can-bo.xlsx?from=2026-01-01&to=2026-03-31", Xlsx, "bao-cao-can-bo-2026-Q1.xlsx");

        var sheet = XlsxSheet.Read(xlsx, 0);
        var header = sheet.HeaderRow("STT");
        // The police specialist holds A and C (assigned); both processing steps are past their own due times (a step's
        // share of the statutory time ends before the dossier's due date).
        var s = sheet.RowOf(2, specialist);
        Assert.Equal(2, sheet.Number(s, header, "Bước đang giữ"));
        Assert.Equal(2, sheet.Number(s, header, "Bước đang giữ quá hạn"));
        // The reception officer holds D, not yet transferred although its reception step was due on 23 March.
        var r = sheet.RowOf(2, reception);
        Assert.Equal(1, sheet.Number(r, header, "Bước đang giữ"));
        Assert.Equal(1, sheet.Number(r, header, "Bước đang giữ quá hạn"));
        // Steps completed in the quarter: the reception officer transferred H (February) and A E G R B I F C, and
        // returned E; the police leader made the results of E and R ready, both after the steps' due times.
        Assert.Equal(10, sheet.Number(r, header, "Bước đã xử lý"));
        var leader = sheet.RowOf(2, await FullNameAsync(PoliceLeader));
        Assert.Equal((2.0, 2.0, 0.0), (sheet.Number(leader, header, "Bước đã xử lý"), sheet.Number(leader, header, "Trễ hạn"), sheet.Number(leader, header, "Tỷ lệ đúng hạn")));
        Assert.Equal("0.00%", sheet.FormatOf(sheet.Cell(leader, header, "Tỷ lệ đúng hạn")!));
        Assert.Equal(2, sheet.Number(s, header, "Bước đã xử lý"));
        foreach (var row in new[] { s, r })
        {
            var handled = sheet.Number(row, header, "Bước đã xử lý");
            var marks = sheet.Number(row, header, "Trước hạn") + sheet.Number(row, header, "Đúng hạn") + sheet.Number(row, header, "Trễ hạn");
            Assert.True(handled > 0 && marks <= handled, $"{handled} steps, {marks} marks");
            Assert.Equal(marks, sheet.Number(row, header, "Đúng hạn: mẫu số"));
        }

        var pdf = await FileAsync(app, Supervisor, Base + "can-bo.pdf?from=2026-01-01&to=2026-03-31", Pdf, "bao-cao-can-bo-2026-Q1.pdf");
        var text = Flat(PdfText.ExtractInDrawingOrder(pdf));
        Assert.Contains("BÁO CÁO KẾT QUẢ XỬ LÝ HỒ SƠ THEO CÁN BỘ", text, StringComparison.Ordinal);
        Assert.Contains(specialist, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_book_workbook_keeps_the_years_entry_numbers_and_its_pdf_is_form_06()
    {
        var s = await ReportScenario.ForAsync(app);

        var xlsx = await FileAsync(app, Supervisor, Base + "so-theo-doi.xlsx?" + March, Xlsx, $"so-theo-doi-{Center}-2026-03.xlsx");

        var sheet = XlsxSheet.Read(xlsx, 0);
        var header = sheet.HeaderRow("STT");
        // H (9 February) is entry 1 of the 2026 book; March's entries go on from 2 in reception order.
        Assert.Equal([s.A, s.E, s.G, s.R, s.B, s.I, s.F, s.C, s.D], sheet.Column(2, header + 1));
        Assert.Equal([2.0, 3, 4, 5, 6, 7, 8, 9, 10], Enumerable.Range(header + 1, 9).Select(r => sheet.Number(r, header, "STT")));
        var f = sheet.RowOf(2, s.F);
        Assert.Equal("Nguyễn Văn An", sheet.Cell(f, header, "Tên cá nhân, tổ chức")!.Text);
        Assert.Equal("Từ chối giải quyết", sheet.Cell(f, header, "Ghi chú")!.Text);
        Assert.Equal(Local(2026, 3, 4, 10, 0), sheet.Number(f, header, "Ngày tiếp nhận"), 6);

        using var signedIn = await app.ClientFor(Supervisor);
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        using var redirect = await client.GetAsync(Base + "so-theo-doi.pdf?" + March);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal($"/api/v1/logbook/{Center}/2026", redirect.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_leader_cannot_report_on_a_unit_outside_their_scope_and_other_staff_get_no_reports()
    {
        await ReportScenario.ForAsync(app);
        using var leader = await app.ClientFor(PoliceLeader);
        using var specialist = await app.ClientFor(PoliceSpecialist);

        await (await leader.GetAsync(Base + "qua-han.xlsx?agency=" + LeaderScenario.Justice)).Problem(HttpStatusCode.Forbidden, "report-out-of-scope");
        await (await leader.GetAsync(Base + "giai-quyet.pdf?agency=" + Center)).Problem(HttpStatusCode.Forbidden, "report-out-of-scope");
        await (await specialist.GetAsync(Base + "qua-han.xlsx?" + March)).Problem(HttpStatusCode.Forbidden, "report-not-leader");
        using var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync(Base + "qua-han.xlsx?" + March);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(Xlsx, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("qua-han.xlsx?from=2026-02-30&to=2026-03-31", HttpStatusCode.BadRequest, "report-invalid-date")]
    [InlineData("qua-han.pdf?from=31/03/2026&to=2026-04-30", HttpStatusCode.BadRequest, "report-invalid-date")]
    [InlineData("qua-han.xlsx?from=2026-03-01", HttpStatusCode.BadRequest, "report-invalid-date")]
    [InlineData("giai-quyet.xlsx?from=2026-03-31&to=2026-03-01", HttpStatusCode.BadRequest, "report-end-before-start")]
    [InlineData("can-bo.pdf?from=2020-01-01&to=2026-01-02", HttpStatusCode.BadRequest, "report-period-too-long")]
    [InlineData("qua-han.xlsx?ky=tuan", HttpStatusCode.BadRequest, "report-invalid-date")]
    [InlineData("bang-luong.xlsx", HttpStatusCode.NotFound, "report-unknown")]
    [InlineData("giai-quyet.docx", HttpStatusCode.NotFound, "report-unknown-format")]
    [InlineData("qua-han.xlsx?agency=000.99.99.H19", HttpStatusCode.NotFound, "report-unknown-agency")]
    public async Task Bad_input_is_a_problem_with_a_stable_code_never_a_server_error(string url, HttpStatusCode status, string code)
    {
        using var client = await app.ClientFor(Supervisor);

        var problem = await (await client.GetAsync(Base + url)).Problem(status, code);

        Assert.False(string.IsNullOrWhiteSpace(problem.Str("detail")));
    }

    [Fact]
    public async Task The_reports_page_offers_each_report_for_the_chosen_period_and_the_leaders_unit()
    {
        await ReportScenario.ForAsync(app);
        using var leader = await app.ClientFor(PoliceLeader);

        var html = WebUtility.HtmlDecode(await (await leader.GetAsync("/can-bo/lanh-dao/bao-cao?ky=quy&nam=2026&quy=1")).Content.ReadAsStringAsync());

        Assert.Contains("Báo cáo quý 1 năm 2026 – " + PoliceName, html, StringComparison.Ordinal);
        foreach (var report in new[] { "giai-quyet", "qua-han", "hai-long", "can-bo" })
        {
            Assert.Contains($"href=\"{Base}{report}.xlsx?from=2026-01-01&to=2026-03-31&agency={Police}\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"{Base}{report}.pdf?from=2026-01-01&to=2026-03-31&agency={Police}\"", html, StringComparison.Ordinal);
        }
        Assert.Contains($"href=\"/api/v1/logbook/{Police}/2026\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(JusticeName, html, StringComparison.Ordinal);

        var bad = WebUtility.HtmlDecode(await (await leader.GetAsync("/can-bo/lanh-dao/bao-cao?ky=khac&from=2026-03-31&to=2026-03-01")).Content.ReadAsStringAsync());
        Assert.Contains("Ngày kết thúc phải sau ngày bắt đầu.", bad, StringComparison.Ordinal);

        var outside = WebUtility.HtmlDecode(await (await leader.GetAsync("/can-bo/lanh-dao/bao-cao?agency=" + LeaderScenario.Justice)).Content.ReadAsStringAsync());
        Assert.Contains("Đơn vị này nằm ngoài phạm vi bạn phụ trách", outside, StringComparison.Ordinal);
        Assert.DoesNotContain("agency=" + LeaderScenario.Justice, outside, StringComparison.Ordinal);

        using var specialist = await app.ClientFor(PoliceSpecialist);
        Assert.Equal(HttpStatusCode.Forbidden, (await specialist.GetAsync("/can-bo/lanh-dao/bao-cao")).StatusCode);
    }

    private static void AssertFigures(XlsxSheet sheet, int header, int row, int received, int counter, int resolved, int late, int open, int overdue, int numerator, int denominator)
    {
        var actual = (
            sheet.Number(row, header, "Tiếp nhận"), sheet.Number(row, header, "Tiếp nhận trực tiếp"), sheet.Number(row, header, "Tiếp nhận trực tuyến"),
            sheet.Number(row, header, "Tiếp nhận qua bưu chính"), sheet.Number(row, header, "Đã giải quyết"),
            sheet.Number(row, header, "Trước hạn") + sheet.Number(row, header, "Đúng hạn"), sheet.Number(row, header, "Trễ hạn"),
            sheet.Number(row, header, "Đang giải quyết"), sheet.Number(row, header, "Đang giải quyết quá hạn"),
            sheet.Number(row, header, "Đúng hạn: tử số"), sheet.Number(row, header, "Đúng hạn: mẫu số"));
        Assert.Equal(((double)received, (double)counter, 0.0, 0.0, (double)resolved, (double)(resolved - late), (double)late, (double)open, (double)overdue,
            (double)numerator, (double)denominator), actual);
    }

    private async Task<string> FullNameAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var normalized = email.ToUpperInvariant();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDb>().Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.FullName).SingleAsync();
    }
}

public sealed class ReportTestsOnSqlite(SqliteApp app) : ReportTests<SqliteApp>(app);

public sealed class ReportTestsOnPostgres(PostgresApp app) : ReportTests<PostgresApp>(app);
