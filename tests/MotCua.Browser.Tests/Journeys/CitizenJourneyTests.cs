using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Browser.Tests.Desk;
using MotCua.Browser.Tests.Payments;
using MotCua.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MotCua.Browser.Tests.Journeys;

/// <summary>
/// A citizen with a phone, from registration to rating, in one go: submits online with uploads, is asked for a
/// supplement at the one-stop's check and sends it online, is accepted, pays through the payment gateway (a fake VNPay
/// on its own loopback server), and once the result is returned rates the service — every step on the pages a citizen
/// and the reception officer use.
/// </summary>
public sealed class CitizenJourneyTests(PaymentsBrowserApp app) : IClassFixture<PaymentsBrowserApp>
{
    private static readonly byte[] Pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] SharperPng = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];

    [Fact]
    public async Task A_citizen_registers_submits_supplements_pays_and_rates_from_a_phone()
    {
        // The gateway signs with the wall clock: the journey runs on it too.
        app.Clock.Set(DateTimeOffset.UtcNow);
        var phone = await app.NewPageAsync();
        await phone.GotoAsync("/cong-dan/dang-ky");
        await phone.GetByLabel("Họ và tên").FillAsync("Võ Thị Công Dân");
        await phone.GetByLabel("Email hoặc số điện thoại").FillAsync("0915 112 233");
        await phone.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync("MotCua-Citizen-2026");
        await phone.GetByLabel("Nhập lại mật khẩu").FillAsync("MotCua-Citizen-2026");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Đăng ký" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hồ sơ của tôi");

        await phone.GotoAsync("/cong-dan/nop-ho-so/" + Api.JudicialRecord);
        await phone.GetByLabel("Số định danh cá nhân (CCCD) / Mã số thuế").FillAsync("075190002233");
        await phone.GetByLabel("Địa chỉ").FillAsync("Phường Trấn Biên, tỉnh Đồng Nai");
        var slots = phone.GetByLabel("Chọn tệp (PDF, JPEG, PNG)");
        await slots.Nth(0).SetInputFilesAsync(new FilePayload { Name = "to-khai.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await slots.Nth(1).SetInputFilesAsync(new FilePayload { Name = "cccd.png", MimeType = "image/png", Buffer = Png });
        await phone.GetByRole(AriaRole.Button, new() { Name = "Nộp hồ sơ" }).ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex(@"/cong-dan/ho-so-truc-tuyen/\d+"));
        var dossierUrl = phone.Url.Split('?')[0];

        // The reception officer finds the copy of the identity card unreadable.
        var officer = await app.SignedInPageAsync(Api.Reception);
        await officer.GotoAsync("/can-bo/tiep-nhan/truc-tuyen");
        await officer.Locator("table a[href^='/can-bo/tiep-nhan/truc-tuyen/']").First.ClickAsync();
        await officer.GetByLabel("Nội dung cần bổ sung (mỗi dòng một nội dung)").FillAsync("Ảnh chụp thẻ Căn cước rõ nét, đủ hai mặt");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Yêu cầu bổ sung" }).ClickAsync();

        await phone.GotoAsync(dossierUrl);
        await Expect(phone.GetByText("Ảnh chụp thẻ Căn cước rõ nét, đủ hai mặt")).ToBeVisibleAsync();
        await phone.GetByLabel("Chọn tệp (PDF, JPEG, PNG)").Nth(1).SetInputFilesAsync(new FilePayload { Name = "cccd-ro-net.png", MimeType = "image/png", Buffer = SharperPng });
        await phone.GetByRole(AriaRole.Button, new() { Name = "Gửi hồ sơ bổ sung" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gửi hồ sơ bổ sung.");
        await phone.CaptureAsync("citizen-journey-1-supplement-sent");

        await officer.GotoAsync("/can-bo/tiep-nhan/truc-tuyen");
        await officer.Locator("table a[href^='/can-bo/tiep-nhan/truc-tuyen/']").First.ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận hồ sơ" }).ClickAsync();
        await Expect(officer).ToHaveURLAsync(new Regex("/can-bo/tiep-nhan/ket-qua/"));
        var code = (await officer.Locator(".dossier-code").TextContentAsync())!.Trim();

        // The citizen sees the code in "My dossiers" and pays the fee through the gateway.
        await phone.GotoAsync("/cong-dan/ho-so-cua-toi");
        await phone.GetByRole(AriaRole.Link, new() { Name = "Cấp Phiếu lý lịch tư pháp" }).First.ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 2, Name = code })).ToBeVisibleAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "Thanh toán phí, lệ phí" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Thanh toán 200.000 đ qua VNPay" }).ClickAsync();
        await phone.WaitForURLAsync(url => url.StartsWith(app.GatewayUrl, StringComparison.Ordinal));
        await phone.GetByRole(AriaRole.Button, new() { Name = "Thanh toán thành công" }).ClickAsync();
        await phone.WaitForURLAsync(url => url.Contains("/thanh-toan/ket-qua", StringComparison.Ordinal));
        await Expect(phone.Locator(".alert-success")).ToHaveTextAsync("Thanh toán thành công. Cảm ơn bạn!");

        // The police decide it; the counter hands the result over.
        var reception = await app.ClientFor(Api.Reception);
        await reception.ActOk(code, "transfer");
        await (await app.ClientFor(Api.PoliceSpecialist)).ActOk(code, "forward");
        await (await app.ClientFor(Api.PoliceLeader)).ActOk(code, "result-ready");
        await reception.ActOk(code, "return", new { method = "Counter" });

        await phone.GotoAsync("/cong-dan/ho-so-cua-toi/" + Uri.EscapeDataString(code));
        await Expect(phone.Locator(".badges .badge").First).ToHaveTextAsync("Đã trả kết quả");
        await phone.GetByRole(AriaRole.Link, new() { Name = "Đánh giá mức độ hài lòng" }).ClickAsync();
        await phone.GetByLabel("Rất hài lòng").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("Cảm ơn ông/bà đã đánh giá!");
        await phone.CaptureAsync("citizen-journey-2-rated");
    }
}
