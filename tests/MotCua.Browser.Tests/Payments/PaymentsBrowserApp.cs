using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Web.Data;
using MotCua.Web.Features.Payments;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Browser.Tests.Payments;

/// <summary>
/// MotCua on a real Kestrel port, configured to a fake VNPay: the gateway simulator on its OWN Kestrel server on another
/// loopback port, which calls MotCua's IPN over HTTP and sends the browser back — two processes' worth of servers, as in
/// production, on one machine.
/// </summary>
public sealed class PaymentsBrowserApp : MotCuaApp, IAsyncLifetime
{
    public const string TmnCode = "BRWSR001";
    public const string Secret = "browser-test-secret-0123456789ABCDEF";

    private IPlaywright? playwright;
    private WebApplication? gateway;

    public PaymentsBrowserApp() : base(DatabaseProvider.Sqlite)
    {
        UseKestrel(0);
    }

    public string BaseUrl { get; private set; } = "";
    public string GatewayUrl { get; private set; } = "";
    public VnPaySimulator.Journal? GatewayJournal { get; private set; }
    public IBrowser Browser { get; private set; } = default!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Payments:VnPay:TmnCode", TmnCode);
        builder.UseSetting("Payments:VnPay:HashSecret", Secret);
        builder.UseSetting("Payments:VnPay:PayUrl", GatewayUrl + VnPaySimulator.PayPath);
        builder.UseSetting("Payments:VnPay:Simulator", "false");
    }

    public async Task InitializeAsync()
    {
        var gatewayBuilder = WebApplication.CreateSlimBuilder();
        gatewayBuilder.WebHost.UseUrls("http://127.0.0.1:0");
        gateway = gatewayBuilder.Build();
        GatewayJournal = gateway.MapVnPaySimulator(new VnPaySimulator.Merchant(TmnCode, Secret));
        await gateway.StartAsync();
        GatewayUrl = gateway.Urls.First();

        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
        playwright = await Playwright.CreateAsync();
        Browser = await DebianChromium.LaunchAsync(playwright);
    }

    /// <summary>A fresh browser context, by default a phone (390×844): most citizens pay from one.</summary>
    public async Task<IPage> NewPageAsync(int width = 390, int height = 844)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, ViewportSize = new() { Width = width, Height = height }, Locale = "vi-VN",
            BypassCSP = true, IsMobile = width < 600, HasTouch = width < 600 });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await NewPageAsync(1280, 800);
        await BrowserApp.SignInAsync(page, email);
        return page;
    }

    public new async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (gateway is not null) await gateway.DisposeAsync();
        await base.DisposeAsync();
    }
}
