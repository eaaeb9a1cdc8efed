using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Web.Tests.Leader;
using static Microsoft.Playwright.Assertions;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Browser.Tests.Leader;

/// <summary>The leader's view in the browser, over the month of work of <see cref="LeaderScenario"/>.</summary>
public sealed partial class LeaderViewTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static ILocator CountLink(IPage page, string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    [Fact]
    public async Task A_unit_leader_follows_an_overdue_count_down_to_the_dossiers_and_one_dossier()
    {
        var s = await LeaderScenario.ForAsync(app);
        var page = await app.SignedInPageAsync(PoliceLeader);

        await page.GetByRole(AriaRole.Link, new() { Name = "Điều hành" }).First.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/can-bo/lanh-dao$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Công an tỉnh Đồng Nai");
        await Expect(CountLink(page, "3 hồ sơ: Quá hạn – Công an tỉnh Đồng Nai")).ToHaveTextAsync("3");
        await Expect(CountLink(page, "1 hồ sơ: Sắp đến hạn – Công an tỉnh Đồng Nai")).ToHaveTextAsync("1");
        await Expect(CountLink(page, "2 hồ sơ: Chưa phân công – Công an tỉnh Đồng Nai")).ToHaveTextAsync("2");
        await Expect(CountLink(page, "3 hồ sơ: Đang xử lý – Công an tỉnh Đồng Nai")).ToHaveTextAsync("3");
        await Expect(CountLink(page, "8 hồ sơ: Tổng cộng – Công an tỉnh Đồng Nai")).ToHaveTextAsync("8");
        await Expect(CountLink(page, "2 hồ sơ: Bước quá hạn – Nguyễn Hữu Thắng")).ToHaveTextAsync("2");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Trần Đình Nam" })).ToContainTextAsync("0");
        await Expect(page.GetByText("Sở Tư pháp")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "leader-dashboard");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));

        await CountLink(page, "3 hồ sơ: Quá hạn – Công an tỉnh Đồng Nai").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/can-bo/lanh-dao/ho-so\?unit=000\.00\.20\.H19&view=overdue$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hồ sơ quá hạn");
        var codes = page.Locator("tbody th[scope=row] a");
        await Expect(codes).ToHaveTextAsync([s.H, s.A, s.B]);
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = s.A })).ToContainTextAsync("Nguyễn Hữu Thắng");
        await Screenshots.SaveAsync(page, "leader-dossier-list");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = s.A, Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/can-bo/ho-so/{Regex.Escape(s.A)}$"));
    }

    [Fact]
    public async Task The_center_supervisor_sees_the_province_on_a_tablet_held_upright()
    {
        await LeaderScenario.ForAsync(app);
        var page = await app.SignedInPageAsync(Supervisor, width: 800, height: 1280);

        await page.GotoAsync("/can-bo/lanh-dao");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Toàn tỉnh");
        await Expect(CountLink(page, "1 hồ sơ: Quá hạn – Sở Tư pháp tỉnh Đồng Nai")).ToBeVisibleAsync();
        await Expect(CountLink(page, "4 hồ sơ: Quá hạn – tất cả đơn vị")).ToHaveTextAsync("4");
        await Expect(CountLink(page, "9 hồ sơ: Tổng cộng – tất cả đơn vị")).ToHaveTextAsync("9");
        await Expect(CountLink(page, "1 hồ sơ: Bước quá hạn – Trần Thị Thu Hà")).ToBeVisibleAsync();
        // The page itself never scrolls sideways on the tablet; wide tables scroll inside their own box.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await Screenshots.SaveAsync(page, "leader-dashboard-supervisor-tablet");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task A_specialist_is_turned_away_with_403_and_is_not_offered_the_leaders_view()
    {
        await LeaderScenario.ForAsync(app);
        var page = await app.SignedInPageAsync(PoliceSpecialist);

        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Điều hành" }).CountAsync());
        var response = await page.GotoAsync("/can-bo/lanh-dao");

        Assert.Equal(403, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không có quyền xem trang này");
    }

    [Fact]
    public async Task The_overdue_list_shows_each_apology_and_prints_on_landscape_A4_without_the_navigation()
    {
        var s = await LeaderScenario.ForAsync(app);
        var page = await app.SignedInPageAsync(PoliceLeader);
        await page.GotoAsync("/can-bo/lanh-dao");

        await page.GetByRole(AriaRole.Link, new() { Name = "Danh sách hồ sơ quá hạn (bản in)" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Danh sách hồ sơ quá hạn");
        await Expect(page.GetByText("Đơn vị: Công an tỉnh Đồng Nai")).ToBeVisibleAsync();
        var open = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "I. Hồ sơ đang giải quyết đã quá hạn (3)" }) });
        await Expect(open.Locator("tbody tr")).ToHaveCountAsync(3);
        var apologised = page.GetByRole(AriaRole.Row, new() { Name = s.B });
        await Expect(apologised).ToContainTextAsync(LeaderScenario.ApologyReason);
        await Expect(apologised).ToContainTextAsync("17:00 17/03/2026");
        await Expect(apologised).ToContainTextAsync("17:00 24/03/2026");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = s.A })).ToContainTextAsync("Chưa có thư xin lỗi");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = s.E })).ToContainTextAsync("20/03/2026");
        await Screenshots.SaveAsync(page, "leader-overdue-report");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Locator(".app-header")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "In danh sách" })).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "leader-overdue-report-print");
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, Path = Path.Combine(Screenshots.Folder, "leader-overdue-report.pdf") });
        var box = MediaBox().Match(Encoding.Latin1.GetString(pdf));
        Assert.True(box.Success, "the PDF has no page box");
        var (width, height) = (double.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture));
        // One sheet of A4 landscape (842 × 595 points): nothing spills onto a blank second page.
        Assert.InRange(width, 838, 845);
        Assert.InRange(height, 592, 598);
        Assert.Single(PageObject().Matches(Encoding.Latin1.GetString(pdf)));
    }

    [Fact]
    public async Task The_print_button_opens_the_print_dialog_and_without_JavaScript_says_how_to_print()
    {
        await LeaderScenario.ForAsync(app);
        var page = await app.SignedInPageAsync(PoliceLeader);
        await page.AddInitScriptAsync("window.__printed = 0; window.print = () => { window.__printed++; };");
        await page.GotoAsync("/can-bo/lanh-dao/qua-han");

        await page.GetByRole(AriaRole.Link, new() { Name = "In danh sách" }).ClickAsync();

        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__printed"));
        Assert.DoesNotContain("#print-help", page.Url, StringComparison.Ordinal);

        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, JavaScriptEnabled = false, Locale = "vi-VN" });
        var plain = await context.NewPageAsync();
        await plain.GotoAsync("/dang-nhap");
        await plain.GetByLabel("Email").FillAsync(PoliceLeader);
        await plain.GetByLabel("Mật khẩu").FillAsync(BrowserApp.DemoPassword);
        await plain.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await plain.GotoAsync("/can-bo/lanh-dao/qua-han");

        await plain.GetByRole(AriaRole.Link, new() { Name = "In danh sách" }).ClickAsync();

        await Expect(plain).ToHaveURLAsync(new Regex("#print-help$"));
        await Expect(plain.Locator("#print-help")).ToContainTextAsync("Ctrl+P");
        await context.CloseAsync();
    }

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
