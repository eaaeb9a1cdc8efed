using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Browser.Tests.Desk;
using static Microsoft.Playwright.Assertions;

namespace MotCua.Browser.Tests.PublicCatalogue;

/// <summary>A citizen on a phone finds a procedure from the portal, typing without Vietnamese accents.</summary>
public sealed class CatalogueJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_phone_user_finds_a_procedure_without_accents_and_reads_its_page_in_both_languages()
    {
        var page = await app.NewPageAsync(390, 844);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Thủ tục hành chính" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/thu-tuc$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tìm thấy 32 thủ tục");

        await page.GetByLabel("Tên hoặc mã thủ tục").FillAsync("ly lich tu phap");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm thủ tục" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tìm thấy 1 thủ tục");
        var result = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Cấp Phiếu lý lịch tư pháp") });
        await Expect(result).ToBeVisibleAsync();
        await page.CaptureAsync("public-catalogue-search");

        await result.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/thu-tuc/2\\.000488$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Cấp Phiếu lý lịch tư pháp");
        await Expect(page.Fact("Thời hạn giải quyết")).ToContainTextAsync("10 ngày làm việc");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thành phần hồ sơ" })).ToBeVisibleAsync();
        var submit = page.GetByRole(AriaRole.Link, new() { Name = "Nộp trực tuyến" });
        await Expect(submit).ToHaveAttributeAsync("href", "/cong-dan/nop-ho-so/2.000488");
        // Mobile-first: nothing wider than the phone's screen.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await page.CaptureAsync("public-procedure");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.Fact("Processing time")).ToContainTextAsync("10 working days");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Submit online" })).ToBeVisibleAsync();
        await page.CaptureAsync("public-procedure-en");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tiếng Việt" }).ClickAsync();
        await Expect(page.Fact("Thời hạn giải quyết")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_filters_work_from_the_keyboard_on_a_phone()
    {
        var page = await app.NewPageAsync(390, 844);
        await page.GotoAsync("/thu-tuc");
        await page.GetByText("Lọc theo lĩnh vực").ClickAsync();
        await page.GetByLabel("Lĩnh vực").SelectOptionAsync(new SelectOptionValue { Label = "Cư trú" });
        await page.GetByLabel("Nộp trực tuyến").SelectOptionAsync(new SelectOptionValue { Label = "Dịch vụ công trực tuyến toàn trình" });
        await page.GetByLabel("Tên hoặc mã thủ tục").FocusAsync();
        await page.Keyboard.TypeAsync("dang ky");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tìm thấy 2 thủ tục");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký thường trú" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký tạm trú" })).ToBeVisibleAsync();
        await page.CaptureAsync("public-catalogue-filtered");
    }
}
