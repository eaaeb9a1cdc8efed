using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Browser.Tests.Desk;
using static Microsoft.Playwright.Assertions;

namespace MotCua.Browser.Tests.Statistics;

/// <summary>
/// The administrator enters a Decision 766 figure MotCua does not own (1.4: procedures published on the national portal,
/// read there for a commune and a quarter): a wrong figure is shown next to its field and nothing is saved, the corrected
/// one is listed with its rate, and it can be deleted again.
/// </summary>
public sealed class Index766AdminBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Admin = "admin@demo.motcua.vn";

    private static Task CheckAsync(IPage page, string screenshot) => page.CaptureAsync(screenshot);

    [Fact]
    public async Task The_administrator_enters_a_commune_figure_is_shown_the_wrong_numerator_and_saves_the_fix()
    {
        var page = await app.SignedInPageAsync(Admin);
        await page.GotoAsync("/can-bo/quan-tri");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Các mục quản trị" }).GetByRole(AriaRole.Link, new() { Name = "Số liệu Chỉ số 766" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/can-bo/quan-tri/chi-so-766$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Số liệu Chỉ số 766 do quản trị viên nhập");
        var form = page.Locator("form").Filter(new() { Has = page.GetByLabel("Tử số") });
        await form.GetByLabel("Chỉ số", new() { Exact = true }).SelectOptionAsync("1.4");
        await form.GetByLabel("Đơn vị", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Phường Trấn Biên" });
        await form.GetByLabel("Từ ngày").FillAsync("2025-07-01");
        await form.GetByLabel("Đến ngày").FillAsync("2025-09-30");
        await form.GetByLabel("Tử số").FillAsync("12000");
        await form.GetByLabel("Mẫu số").FillAsync("10000");
        await form.GetByLabel("Nguồn số liệu (ghi chú)").FillAsync("Cổng DVCQG, xem ngày 05/10/2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu số liệu" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Chưa lưu: vui lòng sửa các lỗi bên dưới.");
        var numerator = form.GetByLabel("Tử số");
        await Expect(page.Locator("[aria-invalid=true]").First).ToBeVisibleAsync();
        await Expect(page.GetByText("Tử số không được lớn hơn mẫu số.").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Số liệu đã nhập (0)" })).ToBeVisibleAsync();
        await CheckAsync(page, "index766-admin-error");

        await numerator.FillAsync("7817");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu số liệu" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã lưu số liệu." })).ToBeVisibleAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Phường Trấn Biên" });
        await Expect(row).ToContainTextAsync("78,17 %");
        await Expect(row).ToContainTextAsync("01/07/2025 – 30/09/2025");
        await Expect(row).ToContainTextAsync("Cổng DVCQG, xem ngày 05/10/2025");
        await CheckAsync(page, "index766-admin-saved");

        await row.GetByRole(AriaRole.Button, new() { Name = "Xóa số liệu 1.4 của Phường Trấn Biên từ 01/07/2025" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã xóa số liệu." })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Số liệu đã nhập (0)" })).ToBeVisibleAsync();
    }
}
