using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MotCua.Browser.Tests.Reports;

public sealed class ReportsPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_leader_chooses_a_quarter_and_finds_the_downloads()
    {
        var page = await app.SignedInPageAsync("supervisor@demo.motcua.vn");
        await page.GotoAsync("/can-bo/lanh-dao");
        await page.GetByRole(AriaRole.Link, new() { Name = "Báo cáo định kỳ (Excel, PDF)" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo định kỳ" })).ToBeVisibleAsync();
        await page.GetByLabel("Loại kỳ").SelectOptionAsync("quy");
        await page.GetByLabel("Quý", new() { Exact = true }).SelectOptionAsync("1");
        await page.GetByLabel("Năm", new() { Exact = true }).FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Chọn" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo quý 1 năm 2026 – Toàn tỉnh" })).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Tải Excel: Danh sách hồ sơ trễ hạn, quá hạn và thư xin lỗi" }).ClickAsync());
        Assert.Equal("bao-cao-qua-han-2026-Q1.xlsx", download.SuggestedFilename);
        await Screenshots.SaveAsync(page, "reports-page");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
    }
}
