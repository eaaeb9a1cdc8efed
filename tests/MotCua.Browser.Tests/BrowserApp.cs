using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Web.Data;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Browser.Tests;

/// <summary>
/// MotCua on a real Kestrel port over a fresh SQLite database with the demo province, and Debian's Chromium driven by
/// Playwright. If Chromium is missing the tests fail saying so: they never pass without a browser.
/// </summary>
public sealed class BrowserApp : MotCuaApp, IAsyncLifetime
{
    private IPlaywright? playwright;

    public BrowserApp() : base(DatabaseProvider.Sqlite)
    {
        UseKestrel(0);
    }

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
        playwright = await Playwright.CreateAsync();
        Browser = await DebianChromium.LaunchAsync(playwright);
    }

    /// <summary>A fresh browser context (its own cookies) at a counter tablet's size unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800, string locale = "vi-VN")
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, ViewportSize = new() { Width = width, Height = height }, Locale = locale,
            // Only so that the accessibility checker can be injected; the app's own CSP stays strict.
            BypassCSP = true });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the sign-in page, as an officer would.</summary>
    public async Task<IPage> SignedInPageAsync(string email, int width = 1280, int height = 800)
    {
        var page = await NewPageAsync(width, height);
        await SignInAsync(page, email);
        return page;
    }

    /// <summary>The staff sign-in page, filled in as an officer does; shared by every browser fixture.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/dang-nhap");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        // The first sign-in of a fixture also warms the app up (password hashing, first render): give it time on a loaded machine.
        await page.WaitForURLAsync(url => !url.Contains("/dang-nhap", StringComparison.Ordinal), new() { Timeout = 60_000 });
    }

    public new async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        await base.DisposeAsync();
    }
}

/// <summary>Screenshots kept as test artifacts ($MOTCUA_ARTIFACTS/screenshots).</summary>
public static class Screenshots
{
    public static string Folder
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("MOTCUA_ARTIFACTS") ?? Path.Combine(Path.GetTempPath(), "motcua-artifacts");
            var folder = Path.Combine(root, "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public static Task SaveAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
}
