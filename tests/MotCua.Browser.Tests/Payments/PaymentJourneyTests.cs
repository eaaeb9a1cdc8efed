using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Browser.Tests.Desk;
using MotCua.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MotCua.Browser.Tests.Payments;

/// <summary>A citizen pays a dossier's fee from a phone through the gateway; an officer takes cash and reconciles the day.</summary>
public sealed class PaymentJourneyTests(PaymentsBrowserApp app) : IClassFixture<PaymentsBrowserApp>
{
    private async Task<string> ReceivedAsync(DateTimeOffset at)
    {
        app.Clock.Set(at);
        var reception = await app.ClientFor(Api.Reception);
        return (await reception.Intake(Api.JudicialRecordIntake(phone: "0912345678"))).Str("code");
    }

    [Fact]
    public async Task A_citizen_pays_from_the_lookup_through_the_gateway_and_the_lookup_then_shows_paid()
    {
        var code = await ReceivedAsync(DateTimeOffset.UtcNow);
        var page = await app.NewPageAsync();

        await page.GotoAsync($"/tra-cuu?ma={code}&xm=5678");
        var status = page.Locator("section[aria-labelledby=payment-status-h]");
        await Expect(status).ToContainTextAsync("200.000 đ");
        await Expect(status).ToContainTextAsync("Chưa thanh toán");
        await page.CaptureAsync("payments-01-lookup-unpaid");

        await status.GetByRole(AriaRole.Link, new() { Name = "Thanh toán phí, lệ phí" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thanh toán phí, lệ phí", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("table.fees")).ToContainTextAsync("Phí cung cấp thông tin lý lịch tư pháp");
        await page.CaptureAsync("payments-02-pay-page");

        await page.GetByRole(AriaRole.Button, new() { Name = "Thanh toán 200.000 đ qua VNPay" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(app.GatewayUrl, StringComparison.Ordinal));
        await Expect(page.Locator(".amount")).ToHaveTextAsync(new Regex(@"^200\.000 VND$"));
        await page.CaptureAsync("payments-03-gateway-simulator");

        await page.GetByRole(AriaRole.Button, new() { Name = "Thanh toán thành công" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/thanh-toan/ket-qua", StringComparison.Ordinal));
        await Expect(page.Locator(".alert-success")).ToHaveTextAsync("Thanh toán thành công. Cảm ơn bạn!");
        await page.CaptureAsync("payments-04-return-paid");
        Assert.Contains(app.GatewayJournal!.Lines, l => l.Contains("\"RspCode\":\"00\"", StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Link, new() { Name = "Xem hồ sơ" }).ClickAsync();
        await Expect(page.Locator("section[aria-labelledby=payment-status-h] .badge.ok")).ToHaveTextAsync("Đã thanh toán");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Thanh toán phí, lệ phí" })).ToHaveCountAsync(0);
        await page.CaptureAsync("payments-05-lookup-paid");
    }

    [Fact]
    public async Task A_citizen_who_cancels_at_the_gateway_sees_it_and_can_try_again_in_English()
    {
        var code = await ReceivedAsync(DateTimeOffset.UtcNow);
        var page = await app.NewPageAsync();

        await page.GotoAsync($"/thanh-toan?ma={code}&xm=5678&lang=en");
        await page.CaptureAsync("payments-06-pay-page-en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay VND 200,000 with VNPay" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(app.GatewayUrl, StringComparison.Ordinal));
        Assert.Contains("vnp_Locale=en", page.Url, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Hủy" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/thanh-toan/ket-qua", StringComparison.Ordinal));

        await Expect(page.Locator(".alert-info")).ToHaveTextAsync("You cancelled the payment. The dossier is not paid.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Try again" })).ToBeVisibleAsync();
        await page.CaptureAsync("payments-07-return-cancelled");
    }

    [Fact]
    public async Task An_officer_takes_cash_at_the_counter_and_finds_it_in_the_day_s_reconciliation()
    {
        var code = await ReceivedAsync(DateTimeOffset.UtcNow);
        var page = await app.SignedInPageAsync(Api.Reception);

        await page.GotoAsync(DeskPage.Url(code));
        var box = page.Locator("section[aria-labelledby=payment-h]");
        await Expect(box.GetByLabel("Số tiền (đồng)")).ToHaveValueAsync("200000");
        await page.CaptureAsync("payments-08-counter-form");
        await box.GetByLabel("Số biên lai / mã giao dịch chuyển khoản").FillAsync("BL-2026-0042");
        await box.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận thanh toán" }).ClickAsync();
        await Expect(box.Locator(".alert-success")).ToHaveTextAsync("Đã ghi nhận thanh toán.");
        await Expect(box).ToContainTextAsync("Tiền mặt tại quầy");
        await page.CaptureAsync("payments-09-counter-cash");

        await page.GotoAsync("/can-bo/thanh-toan/doi-soat");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đối soát thanh toán trong ngày" })).ToBeVisibleAsync();
        await Expect(page.Locator("section[aria-labelledby=paid-h]")).ToContainTextAsync(code);
        await page.CaptureAsync("payments-10-reconciliation");
    }
}
