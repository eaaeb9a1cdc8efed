using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MotCua.Browser.Tests;

public sealed class ShellTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_officer_signs_in_sees_their_unit_switches_language_and_signs_out()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/can-bo");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dang-nhap"));
        await Screenshots.SaveAsync(page, "sign-in");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));

        await page.GetByLabel("Email").FillAsync("reception@demo.motcua.vn");
        await page.GetByLabel("Mật khẩu").FillAsync("wrong-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("không đúng");

        await page.GetByLabel("Mật khẩu").FillAsync(BrowserApp.DemoPassword);
        await page.GetByLabel("Email").FillAsync("reception@demo.motcua.vn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/can-bo$"));
        await Expect(page.Locator(".officer")).ToContainTextAsync("Trung tâm Phục vụ hành chính công tỉnh Đồng Nai");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tiếp nhận" }).First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "staff-home");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Reception" }).First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tiếng Việt" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dang-nhap"));
        await page.GotoAsync("/can-bo");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dang-nhap"));
    }

    [Fact]
    public async Task The_shell_is_usable_with_the_keyboard_alone()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/dang-nhap");
        // The e-mail field has the focus on arrival (autofocus); everything else is reached with Tab and Enter.
        await Expect(page.GetByLabel("Email")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("specialist.congan@demo.motcua.vn");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(BrowserApp.DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/can-bo$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Xử lý hồ sơ" }).First).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Tiếp nhận" }).CountAsync());
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }
}
