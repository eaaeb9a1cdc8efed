using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Web.Features.Statistics;
using MotCua.Web.Tests.Leader;
using static Microsoft.Playwright.Assertions;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Browser.Tests.Dashboard;

/// <summary>The leader's statistics in the browser, over the month of work of <see cref="LeaderScenario"/>.</summary>
public sealed class DashboardBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string PoliceName = "Công an tỉnh Đồng Nai";

    private async Task<LeaderScenario> ScenarioAsync()
    {
        var s = await LeaderScenario.ForAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StatisticsRollup>().CatchUpAsync(default);
        return s;
    }

    private static ILocator CountLink(IPage page, string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    [Fact]
    public async Task The_supervisor_opens_the_province_statistics_drills_down_to_a_unit_and_to_its_dossiers()
    {
        var s = await ScenarioAsync();
        var page = await app.SignedInPageAsync(Supervisor);
        await page.GotoAsync("/can-bo/lanh-dao");

        await page.GetByRole(AriaRole.Link, new() { Name = "Thống kê, biểu đồ và chỉ số 766" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/can-bo/lanh-dao/thong-ke$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Toàn tỉnh");
        await Expect(CountLink(page, "9 hồ sơ: Tiếp nhận – Toàn tỉnh").First).ToHaveTextAsync("9");
        var charts = page.Locator("svg[role=img]");
        Assert.True(await charts.CountAsync() >= 4, "the trends and the comparison are drawn");
        await Expect(charts.First).ToHaveAttributeAsync("aria-label", new Regex("^Biểu đồ cột: tổng cộng"));
        await Expect(charts.First.Locator(":scope > title")).ToHaveTextAsync(new Regex("^Hồ sơ tiếp nhận và đã giải quyết theo tháng"));
        var bars = page.Locator("figure").Filter(new() { Has = page.Locator("svg[aria-label^='Biểu đồ thanh ngang']") });
        await bars.Locator("summary").ClickAsync();
        await Expect(bars.GetByRole(AriaRole.Row, new() { Name = PoliceName })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "dashboard-province");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = PoliceName, Exact = true }).First.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"agency=000\.00\.20\.H19"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(PoliceName);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kết quả theo cán bộ" })).ToBeVisibleAsync();

        await CountLink(page, $"8 hồ sơ: Tiếp nhận – {PoliceName}").First.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/can-bo/lanh-dao/thong-ke/ho-so\?agency=000\.00\.20\.H19&from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d&figure=received$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hồ sơ tiếp nhận");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("8 hồ sơ");
        await Expect(page.Locator("tbody th[scope=row] a")).ToHaveCountAsync(8);
        await Screenshots.SaveAsync(page, "dashboard-dossier-list");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = s.A, Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/can-bo/ho-so/{Regex.Escape(s.A)}$"));
    }

    [Fact]
    public async Task A_unit_leader_sees_their_unit_with_its_officers_and_is_refused_another_unit()
    {
        await ScenarioAsync();
        var page = await app.SignedInPageAsync(PoliceLeader);

        await page.GotoAsync("/can-bo/lanh-dao/thong-ke?from=2026-03-01&to=2026-03-25");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(PoliceName);
        await Expect(CountLink(page, $"8 hồ sơ: Tiếp nhận – {PoliceName}").First).ToHaveTextAsync("8");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Tùy chọn (từ ngày – đến ngày)" })).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Nguyễn Hữu Thắng" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Sở Tư pháp")).ToHaveCountAsync(0);
        await page.GetByText("Giải thích từng chỉ số (công thức, tử số, mẫu số, điểm)").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "2.1 Hồ sơ giải quyết đúng hạn" })).ToContainTextAsync("44,44 %");
        await Screenshots.SaveAsync(page, "dashboard-unit-leader");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));

        await page.GetByRole(AriaRole.Radio, new() { Name = "Năm nay" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem số liệu" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("ky=nam"));
        await Expect(page.GetByText("Số liệu từ 01/01/2026 đến 25/03/2026", new() { Exact = false })).ToBeVisibleAsync();

        var refused = await page.GotoAsync("/can-bo/lanh-dao/thong-ke?agency=000.00.03.H19");

        Assert.Equal(403, refused!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đơn vị ngoài phạm vi của bạn");
    }

    [Fact]
    public async Task A_wrong_date_is_shown_next_to_its_field()
    {
        await ScenarioAsync();
        var page = await app.SignedInPageAsync(PoliceLeader);
        await page.GotoAsync("/can-bo/lanh-dao/thong-ke");

        await page.GetByRole(AriaRole.Radio, new() { Name = "Tùy chọn (từ ngày – đến ngày)" }).CheckAsync();
        await page.GetByLabel("Từ ngày", new() { Exact = true }).FillAsync("2026-03-25");
        await page.GetByLabel("Đến ngày", new() { Exact = true }).FillAsync("2026-03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem số liệu" }).ClickAsync();

        await Expect(page.GetByLabel("Đến ngày", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#to-error")).ToHaveTextAsync("Ngày kết thúc phải sau ngày bắt đầu; đang hiển thị tháng này.");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task The_dashboard_prints_without_the_navigation_and_fits_a_tablet_held_upright()
    {
        await ScenarioAsync();
        var page = await app.SignedInPageAsync(Supervisor, width: 800, height: 1280);
        await page.GotoAsync("/can-bo/lanh-dao/thong-ke?from=2026-03-01&to=2026-03-25");

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await Screenshots.SaveAsync(page, "dashboard-tablet");

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Locator(".app-header")).ToBeHiddenAsync();
        await Expect(page.Locator("form.filters")).ToBeHiddenAsync();
        await Expect(page.Locator("svg[role=img]").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "dashboard-print");
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, Path = Path.Combine(Screenshots.Folder, "dashboard.pdf") });
        Assert.True(pdf.Length > 10_000);
    }
}
