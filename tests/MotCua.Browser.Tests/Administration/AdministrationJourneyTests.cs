using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Browser.Tests.Desk;
using static Microsoft.Playwright.Assertions;

namespace MotCua.Browser.Tests.Administration;

/// <summary>The administrator's journeys in the browser (issue 3, item 5), with screenshots and the accessibility check of each page.</summary>
public sealed class AdministrationJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Admin = "admin@demo.motcua.vn";

    private static Task CheckAsync(IPage page, string screenshot) => page.CaptureAsync(screenshot);

    [Fact]
    public async Task The_administrator_reorders_a_process_is_shown_the_wrong_sum_next_to_the_steps_and_saves_the_fix()
    {
        var page = await app.SignedInPageAsync(Admin);
        await page.GetByRole(AriaRole.Link, new() { Name = "Quản trị", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Quản trị hệ thống");
        await CheckAsync(page, "admin-home");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Các mục quản trị" }).GetByRole(AriaRole.Link, new() { Name = "Thủ tục" }).ClickAsync();
        await page.GetByLabel("Tên hoặc mã thủ tục").FillAsync("ly lich tu phap");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 thủ tục");
        await CheckAsync(page, "admin-procedures");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cấp Phiếu lý lịch tư pháp" }).ClickAsync();
        await CheckAsync(page, "admin-procedure-basics");
        await page.GetByRole(AriaRole.Link, new() { Name = "Quy trình nội bộ" }).ClickAsync();
        await CheckAsync(page, "admin-procedure-process");

        var second = page.Locator("#step-1");
        var third = page.Locator("#step-2");
        var leaderStep = await third.GetByLabel("Tên tiếng Việt").InputValueAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Xuống" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Chưa lưu");
        await Expect(page.Locator("#step-1").GetByLabel("Tên tiếng Việt")).ToHaveValueAsync(leaderStep);

        await page.Locator("#step-1").GetByLabel("Thời gian (ngày làm việc)").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu quy trình" }).First.ClickAsync();
        var stepsError = page.GetByRole(AriaRole.Group, new() { Name = "Các bước" }).Locator("#err-Steps");
        await Expect(stepsError).ToContainTextAsync("Tổng thời gian các bước là 11 ngày làm việc, nhưng thời hạn giải quyết là 10 ngày làm việc");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Chưa lưu");
        await CheckAsync(page, "admin-procedure-process-error");

        await page.Locator("#step-1").GetByLabel("Thời gian (ngày làm việc)").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu quy trình" }).Last.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu quy trình");
        await Expect(page.Locator("#step-1").GetByLabel("Tên tiếng Việt")).ToHaveValueAsync(leaderStep);

        var api = await page.APIRequest.GetAsync("/api/v1/procedures/2.000488");
        var steps = (await api.JsonAsync())!.Value.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(leaderStep, steps[1].GetProperty("name").GetString());
        Assert.Equal(2m, steps[1].GetProperty("allotment").GetDecimal());

        await page.GetByRole(AriaRole.Link, new() { Name = "Nhật ký thay đổi" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "2.000488" });
        await Expect(row.First).ToContainTextAsync("Steps");
        await CheckAsync(page, "admin-audit-log");
    }

    [Fact]
    public async Task The_administrator_adds_a_day_off_with_its_reason_and_due_dates_follow_at_once()
    {
        var page = await app.SignedInPageAsync(Admin);
        const string dueDate = "/api/v1/calendar/due-date?from=2026-11-19T10:00:00%2B07:00&amount=1&unit=WorkingDays";
        Assert.Equal("2026-11-20T17:00:00+07:00", await DueAtAsync(page, dueDate));
        await page.GotoAsync("/can-bo/quan-tri/lich/2026");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Lịch làm việc năm 2026");
        await CheckAsync(page, "admin-calendar");

        await page.GetByLabel("Ngày", new() { Exact = true }).FillAsync("2026-11-20");
        await page.GetByLabel("Loại điều chỉnh").SelectOptionAsync(new SelectOptionValue { Label = "Ngày nghỉ" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm điều chỉnh" }).ClickAsync();
        await Expect(page.Locator("#err-Reason")).ToHaveTextAsync("Bắt buộc nhập.");
        await Expect(page.GetByLabel("Lý do và văn bản căn cứ")).ToHaveAttributeAsync("aria-invalid", "true");

        await page.GetByLabel("Lý do và văn bản căn cứ").FillAsync("Nghỉ Ngày Nhà giáo theo quyết định thử nghiệm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm điều chỉnh" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã thêm điều chỉnh");
        var overrides = page.GetByRole(AriaRole.Region, new() { Name = "Điều chỉnh của năm" });
        await Expect(overrides.GetByRole(AriaRole.Row).Filter(new() { HasText = "20/11" })).ToContainTextAsync("Nghỉ Ngày Nhà giáo theo quyết định thử nghiệm");
        var daysOff = page.GetByRole(AriaRole.Region, new() { Name = "Ngày nghỉ ngoài cuối tuần" });
        await Expect(daysOff.GetByRole(AriaRole.Row).Filter(new() { HasText = "20/11" })).ToContainTextAsync("Theo quyết định điều chỉnh");
        Assert.Equal("2026-11-23T17:00:00+07:00", await DueAtAsync(page, dueDate));
        await CheckAsync(page, "admin-calendar-override-added");
    }

    [Fact]
    public async Task The_administrator_creates_a_staff_account_that_can_then_sign_in()
    {
        var page = await app.SignedInPageAsync(Admin);
        await page.GotoAsync("/can-bo/quan-tri/can-bo");
        await CheckAsync(page, "admin-staff");
        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm tài khoản cán bộ" }).ClickAsync();
        await CheckAsync(page, "admin-staff-create");

        await page.GetByLabel("Email (tên đăng nhập)").FillAsync("le.van.moi@demo.motcua.vn");
        await page.GetByLabel("Họ và tên").FillAsync("Lê Văn Mới");
        await page.GetByLabel("Chức danh").FillAsync("Chuyên viên Phòng Hành chính tư pháp");
        await page.GetByLabel("Mật khẩu ban đầu").FillAsync("ngan");
        await page.GetByLabel("Chuyên viên xử lý").CheckAsync();
        await page.GetByLabel("Sở Tư pháp tỉnh Đồng Nai").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();
        await Expect(page.Locator("#err-Password")).ToContainTextAsync("ít nhất 10 ký tự");
        await Expect(page.GetByLabel("Chuyên viên xử lý")).ToBeCheckedAsync();

        await page.GetByLabel("Mật khẩu ban đầu").FillAsync("Le-Van-Moi-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tạo tài khoản");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Cán bộ: Lê Văn Mới");
        await CheckAsync(page, "admin-staff-edit");

        var officer = await app.NewPageAsync();
        await officer.GotoAsync("/dang-nhap");
        await officer.GetByLabel("Email").FillAsync("le.van.moi@demo.motcua.vn");
        await officer.GetByLabel("Mật khẩu").FillAsync("Le-Van-Moi-2026");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(officer).ToHaveURLAsync(new Regex("/can-bo$"));
        await Expect(officer.Locator(".officer")).ToContainTextAsync("Lê Văn Mới");
        await Expect(officer.Locator(".officer")).ToContainTextAsync("Sở Tư pháp tỉnh Đồng Nai");
    }

    [Fact]
    public async Task Agencies_counters_documents_and_fees_pages_work_and_are_accessible()
    {
        var page = await app.SignedInPageAsync(Admin);
        await page.GotoAsync("/can-bo/quan-tri/co-quan");
        await CheckAsync(page, "admin-agencies");
        await page.GetByLabel("Mọi thời điểm").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Sở Kế hoạch và Đầu tư" })).ToContainTextAsync("Sở Tài chính tỉnh Đồng Nai");

        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm cơ quan" }).ClickAsync();
        await page.GetByLabel("Mã định danh (QCVN 102)").FillAsync("16.H19");
        await page.GetByLabel("Tên tiếng Việt").FillAsync("Sở Thử nghiệm");
        await page.GetByLabel("Tên tiếng Anh").FillAsync("Test Department");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm cơ quan" }).ClickAsync();
        await Expect(page.Locator("#err-Code")).ToContainTextAsync("000.00.19.H19");
        await CheckAsync(page, "admin-agency-new-error");

        await page.GotoAsync("/can-bo/quan-tri/co-quan/000.00.19.H19");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Dữ liệu đang tham chiếu cơ quan" })).ToBeVisibleAsync();
        await CheckAsync(page, "admin-agency-edit");
        await page.GetByRole(AriaRole.Link, new() { Name = "Quầy của điểm tiếp nhận" }).ClickAsync();
        await page.GetByLabel("Mã quầy").FillAsync("Q19");
        await page.GetByLabel("Tên tiếng Việt").FillAsync("Quầy 19 – Hộ tịch");
        await page.GetByLabel("Tên tiếng Anh").FillAsync("Counter 19 – Civil status");
        await page.GetByLabel("Hộ tịch").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm quầy" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Q19" })).ToContainTextAsync("Hộ tịch");
        await CheckAsync(page, "admin-counters");

        await page.GotoAsync("/can-bo/quan-tri/thu-tuc/2.000488/thanh-phan");
        await CheckAsync(page, "admin-procedure-documents");
        await page.GotoAsync("/can-bo/quan-tri/thu-tuc/2.000488/phi");
        await page.GetByLabel("Tên tiếng Việt").FillAsync("Lệ phí cấp Phiếu lý lịch tư pháp");
        await page.GetByLabel("Tên tiếng Anh").FillAsync("Judicial record fee");
        await page.GetByLabel("Mức thu (đồng)").FillAsync("200.000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm khoản thu" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Judicial record fee" }).Or(
            page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Lệ phí cấp Phiếu lý lịch tư pháp" })).First).ToContainTextAsync("200");
        await CheckAsync(page, "admin-procedure-fees");
    }

    [Fact]
    public async Task The_process_editor_reads_in_English_and_fits_a_tablet_held_upright()
    {
        var page = await app.SignedInPageAsync(Admin, 800, 1280);
        await page.GotoAsync("/ngon-ngu?c=en&r=%2Fcan-bo%2Fquan-tri%2Fthu-tuc%2F1.001193%2Fquy-trinh");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Internal process" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save the process" }).First).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(overflow, "The page scrolls sideways on an upright tablet.");
        await CheckAsync(page, "admin-procedure-process-en-tablet");
    }

    private static async Task<string> DueAtAsync(IPage page, string url)
    {
        var response = await page.APIRequest.GetAsync(url);
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("dueAt").GetString()!;
    }
}
