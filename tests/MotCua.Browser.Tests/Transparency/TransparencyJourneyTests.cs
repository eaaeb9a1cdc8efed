using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Browser.Tests.Desk;
using MotCua.Web.Tests.Transparency;
using static Microsoft.Playwright.Assertions;

namespace MotCua.Browser.Tests.Transparency;

/// <summary>
/// The public transparency pages as a citizen reads them, on a phone (390×844) and on a desktop (1280×800), in Vietnamese
/// and English, over the figures of <see cref="TransparencyScenario"/>: screenshots and axe-core on each.
/// </summary>
public sealed class TransparencyJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string PoliceEn = "Dong Nai Provincial Police";

    private static Task<bool> FitsTheScreenAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    [Fact]
    public async Task A_phone_user_opens_the_public_results_from_the_portal_in_vietnamese_and_english()
    {
        await TransparencyScenario.ForAsync(app);
        var page = await app.NewPageAsync(390, 844);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Công khai kết quả giải quyết") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/cong-khai$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Công khai kết quả giải quyết thủ tục hành chính");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Số liệu từ 01/03/2026 đến 25/03/2026");
        var police = page.GetByRole(AriaRole.Region, new() { Name = "Sở, ban, ngành", Exact = true }).GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = TransparencyScenario.PoliceName }) });
        await Expect(police).ToContainTextAsync("50,00 % (2/4)");
        Assert.True(await FitsTheScreenAsync(page));
        await page.CaptureAsync("transparency-phone-vi");

        await page.GetByRole(AriaRole.Link, new() { Name = "Năm nay" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/cong-khai\\?ky=nam$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Năm nay" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Số liệu từ 01/01/2026 đến 25/03/2026");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Public results of administrative procedures");
        var policeEn = page.GetByRole(AriaRole.Region, new() { Name = "Departments and sectors", Exact = true }).GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = PoliceEn }) });
        await Expect(policeEn).ToContainTextAsync("50.00% (2/4)");
        Assert.True(await FitsTheScreenAsync(page));
        await page.CaptureAsync("transparency-phone-en");
    }

    [Fact]
    public async Task On_a_desktop_units_sort_by_rate_and_a_custom_period_is_chosen_with_the_keyboard()
    {
        await TransparencyScenario.ForAsync(app);
        var page = await app.NewPageAsync(1280, 800);
        await page.GotoAsync("/cong-khai");
        await page.CaptureAsync("transparency-desktop-vi");
        // In print: no navigation, period form or sort links; the figures and tables stay.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Năm nay" })).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Toàn tỉnh", Exact = true })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "transparency-print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        await page.GetByRole(AriaRole.Link, new() { Name = "Tỷ lệ đúng hạn thấp → cao" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("sap=ty-le-tang"));
        var firstDepartment = page.GetByRole(AriaRole.Region, new() { Name = "Sở, ban, ngành", Exact = true }).Locator("tbody tr").First;
        await Expect(firstDepartment).ToContainTextAsync(TransparencyScenario.PoliceName);

        await page.GetByText("Chọn khoảng thời gian").ClickAsync();
        await page.GetByLabel("Từ ngày").FillAsync("2026-03-10");
        await page.GetByLabel("Đến ngày").FillAsync("2026-03-01");
        await page.GetByLabel("Đến ngày").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("“Đến ngày” phải sau hoặc bằng “Từ ngày”.");
        await Expect(page.GetByLabel("Đến ngày")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.CaptureAsync("transparency-period-error");

        await page.GetByLabel("Đến ngày").FillAsync("2026-03-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem số liệu" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Số liệu từ 10/03/2026 đến 20/03/2026");

        var en = await app.NewPageAsync(1280, 800);
        await en.GotoAsync("/cong-khai?lang=en&" + TransparencyScenario.March);
        await Expect(en.GetByRole(AriaRole.Heading, new() { Name = "Departments and sectors", Level = 2 })).ToBeVisibleAsync();
        await en.CaptureAsync("transparency-desktop-en");
    }

    [Fact]
    public async Task A_unit_page_shows_its_figures_its_monthly_chart_and_its_index_on_a_phone_and_a_desktop()
    {
        await TransparencyScenario.ForAsync(app);
        var page = await app.NewPageAsync(390, 844);
        await page.GotoAsync("/cong-khai?" + TransparencyScenario.March);
        await page.GetByRole(AriaRole.Link, new() { Name = TransparencyScenario.PoliceName }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/cong-khai/000\\.00\\.20\\.H19\\?from=2026-03-01&to=2026-03-25$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(TransparencyScenario.PoliceName);
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Diễn biến theo tháng (12 tháng gần nhất)" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "03/2026" })).ToContainTextAsync("50,00 %");
        Assert.True(await FitsTheScreenAsync(page));
        await page.CaptureAsync("transparency-unit-phone-vi");

        var desktop = await app.NewPageAsync(1280, 800);
        await desktop.GotoAsync("/cong-khai/000.00.20.H19?lang=en&" + TransparencyScenario.March);
        await Expect(desktop.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(PoliceEn);
        await Expect(desktop.GetByRole(AriaRole.Img, new() { Name = "Month by month (last 12 months)" })).ToBeVisibleAsync();
        await desktop.CaptureAsync("transparency-unit-desktop-en");
        await desktop.EmulateMediaAsync(new() { Media = Media.Print });
        await Screenshots.SaveAsync(desktop, "transparency-unit-print");
    }
}
