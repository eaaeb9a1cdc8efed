using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Browser.Tests.Desk;
using MotCua.Web.Tests.Infrastructure;
using MotCua.Web.Tests.Ratings;
using static Microsoft.Playwright.Assertions;

namespace MotCua.Browser.Tests.Ratings;

/// <summary>Rating on a phone from the lookup, and on the counter tablet.</summary>
public sealed class RatingJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_citizen_rates_the_returned_dossier_from_the_lookup_page_on_a_phone()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 3, 9, 0));
        var code = await RatingScenario.ReturnedAsync(app, phone: "0912340077");
        var page = await app.NewPageAsync(390, 844);

        await page.GotoAsync($"/tra-cuu?ma={Uri.EscapeDataString(code)}&xm=0077");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đánh giá mức độ hài lòng" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đánh giá mức độ hài lòng" })).ToBeVisibleAsync();
        await Expect(page.Locator("#rating-dossier")).ToContainTextAsync(code);
        await page.CaptureAsync("rating-online-form");

        await page.GetByLabel("Rất hài lòng").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Thái độ của cán bộ" }).GetByLabel("Hài lòng", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Thời gian giải quyết" }).GetByLabel("Không hài lòng").CheckAsync();
        await page.GetByLabel("Góp ý thêm (không bắt buộc)").FillAsync("Cán bộ hướng dẫn tận tình.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Cảm ơn ông/bà đã đánh giá!");
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).CountAsync());
        await page.CaptureAsync("rating-online-thanks");

        await page.GotoAsync($"/danh-gia?ma={Uri.EscapeDataString(code)}&xm=0077");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("đã được đánh giá");
    }

    /// <summary>
    /// Screenshot and axe check of a tablet screen. The tablet resets itself with a meta refresh, as the counter needs
    /// (axe's meta-refresh rule, WCAG 2.2.1): on the waiting and thanks screens nothing can be lost, and the rating
    /// screen waits RatingOptions.KioskRatingScreenSeconds; every other rule applies.
    /// </summary>
    private static async Task KioskCaptureAsync(IPage page, string screenshot)
    {
        await Screenshots.SaveAsync(page, screenshot);
        var others = (await Accessibility.SeriousViolationsAsync(page)).Where(v => !v.StartsWith("meta-refresh:", StringComparison.Ordinal)).ToList();
        Assert.True(others.Count == 0, string.Join("\n", others));
    }

    [Fact]
    public async Task The_counter_tablet_shows_the_dossier_just_served_takes_one_tap_and_resets_itself()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 4, 9, 0));
        var counter = await RatingScenario.CounterOfAsync(app, Api.Reception);
        var key = await RatingScenario.KioskKeyAsync(app, counter);
        var tablet = await app.NewPageAsync(1280, 800);
        await tablet.GotoAsync($"/quay/{counter}/danh-gia?khoa={key}");
        await Expect(tablet.GetByRole(AriaRole.Heading, new() { Name = "Kính chào quý khách" })).ToBeVisibleAsync();
        await KioskCaptureAsync(tablet, "rating-kiosk-idle");

        var code = await RatingScenario.ReturnedAsync(app);
        await tablet.ReloadAsync();
        await Expect(tablet.Locator(".kiosk-dossier")).ToContainTextAsync(code);
        await Expect(tablet.Locator(".officer-line")).ToContainTextAsync("Cán bộ phục vụ");
        var big = tablet.GetByRole(AriaRole.Button, new() { Name = "Rất hài lòng" });
        Assert.True((await big.BoundingBoxAsync())!.Height >= 64);
        Assert.True((await tablet.GetByRole(AriaRole.Group, new() { Name = "Thái độ của cán bộ" }).Locator("label").First.BoundingBoxAsync())!.Height >= 64);
        await KioskCaptureAsync(tablet, "rating-kiosk-dossier");

        await tablet.GetByRole(AriaRole.Group, new() { Name = "Sự thuận tiện" }).GetByLabel("Hài lòng", new() { Exact = true }).CheckAsync();
        await big.ClickAsync();
        await Expect(tablet.GetByRole(AriaRole.Heading, new() { Name = "Cảm ơn quý khách!" })).ToBeVisibleAsync();
        await KioskCaptureAsync(tablet, "rating-kiosk-thanks");

        // The thanks screen goes back to the waiting screen by itself (meta refresh, no script), without the rated dossier.
        await Expect(tablet.GetByRole(AriaRole.Heading, new() { Name = "Kính chào quý khách" })).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(tablet).ToHaveURLAsync(new Regex($"/quay/{counter}/danh-gia\\?khoa={key}$"));
        Assert.Equal(0, await tablet.GetByText(code).CountAsync());
    }
}
