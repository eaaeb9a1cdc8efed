using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Web.Data;
using MotCua.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Browser.Tests.ReceptionCounter;

/// <summary>The reception officer at the counter: find the procedure, tick the documents, decide, print the form.</summary>
public sealed class ReceptionJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string IntakeUrl = "/can-bo/tiep-nhan/" + JudicialRecord;

    [Fact]
    public async Task A_judicial_record_is_found_without_diacritics_accepted_and_its_receipt_printed()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 2, 9, 0));
        var page = await app.SignedInPageAsync(Reception);
        await page.GetByRole(AriaRole.Link, new() { Name = "Tiếp nhận", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Danh mục thủ tục" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Tên hoặc mã thủ tục")).ToBeFocusedAsync();
        await Screenshots.SaveAsync(page, "reception-search");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));

        await page.Keyboard.TypeAsync("ly lich tu phap");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "1 thủ tục khớp" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Cấp Phiếu lý lịch tư pháp" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(IntakeUrl) + "$"));

        await FillApplicantAsync(page, "Nguyễn Văn An", "075090001234", "0912345678");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "TP01" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "TP02" }).CheckAsync();
        await Screenshots.SaveAsync(page, "reception-intake");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận hồ sơ" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/can-bo/tiep-nhan/ket-qua/"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đã tiếp nhận hồ sơ" })).ToBeVisibleAsync();
        var code = (await page.Locator(".dossier-code").TextContentAsync())!.Trim();
        Assert.Matches(@"^000\.00\.19\.H19-260302-\d{4}$", code);
        // Ten working days counted from the day after reception end at the close of office on Monday 16 March 2026.
        await Expect(page.Locator(".due")).ToContainTextAsync("17:00, thứ Hai 16/03/2026");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "tra-cuu?ma=" + code })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "reception-receipt");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));

        var print = page.GetByRole(AriaRole.Link, new() { Name = "In Giấy tiếp nhận và hẹn trả kết quả (Mẫu 01)" });
        Assert.Equal("_blank", await print.GetAttributeAsync("target"));
        await AssertPdfAsync(page, (await print.GetAttributeAsync("href"))!, $"/api/v1/dossiers/{code}/forms/01");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tiếp nhận hồ sơ khác" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thủ tục bạn tiếp nhận gần đây" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_incomplete_dossier_keeps_what_was_typed_and_gets_a_supplement_request_on_form_02()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 3, 10, 0));
        var page = await app.SignedInPageAsync(Reception);
        await page.GotoAsync(IntakeUrl);
        await FillApplicantAsync(page, "Trần Thị Bình", "075190004444", "0912004444");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "TP01" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận hồ sơ" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Hồ sơ thiếu thành phần bắt buộc");
        await Expect(alert).ToContainTextAsync("TP02");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "TP01" })).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "TP02" })).Not.ToBeCheckedAsync();
        await Expect(page.GetByLabel("Họ và tên")).ToHaveValueAsync("Trần Thị Bình");
        await Expect(page.GetByLabel("Số điện thoại")).ToHaveValueAsync("0912004444");

        await page.GetByLabel("Nội dung cần bổ sung thêm").FillAsync("Ảnh chân dung 4x6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hướng dẫn bổ sung hồ sơ" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/can-bo/tiep-nhan/ket-qua/TN-\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đã hướng dẫn bổ sung hồ sơ" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Giấy tờ tùy thân");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Ảnh chân dung 4x6");
        await Expect(page.Locator(".dossier-code")).ToHaveCountAsync(0);
        var print = page.GetByRole(AriaRole.Link, new() { Name = "(Mẫu 02)" });
        await AssertPdfAsync(page, (await print.GetAttributeAsync("href"))!, "/forms/02");
    }

    [Fact]
    public async Task A_refusal_asks_for_its_reasons_beside_the_field_and_opens_form_03()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 4, 10, 0));
        var page = await app.SignedInPageAsync(Reception);
        await page.GotoAsync(IntakeUrl);
        await FillApplicantAsync(page, "Lê Văn Cường", "075090005555", "0912005555");
        await page.GetByRole(AriaRole.Button, new() { Name = "Từ chối tiếp nhận" }).ClickAsync();

        var reasons = page.GetByLabel("Lý do từ chối");
        await Expect(reasons).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#reasons-error")).ToHaveTextAsync("Cần nêu rõ lý do từ chối");
        await Expect(page.GetByLabel("Họ và tên")).ToHaveValueAsync("Lê Văn Cường");

        await reasons.FillAsync("Yêu cầu cấp Phiếu cho người khác mà không có văn bản ủy quyền");
        await page.GetByRole(AriaRole.Button, new() { Name = "Từ chối tiếp nhận" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đã từ chối tiếp nhận hồ sơ" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("không có văn bản ủy quyền");
        var print = page.GetByRole(AriaRole.Link, new() { Name = "(Mẫu 03)" });
        await AssertPdfAsync(page, (await print.GetAttributeAsync("href"))!, "/forms/03");
    }

    [Fact]
    public async Task Posting_the_same_intake_form_twice_creates_one_dossier()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 5, 9, 0));
        var page = await app.SignedInPageAsync(Reception);
        await page.GotoAsync(IntakeUrl);
        await FillApplicantAsync(page, "Phạm Văn Dũng", "075090006666", "0912006666");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "TP01" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "TP02" }).CheckAsync();
        var accept = page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận hồ sơ" });
        // Exactly what the browser would send when the button is pressed: twice, as a double click or a resent form does.
        var body = await accept.EvaluateAsync<string>("b => new URLSearchParams(new FormData(b.form, b)).toString()");
        var options = new APIRequestContextOptions
        {
            Headers = new Dictionary<string, string> { ["content-type"] = "application/x-www-form-urlencoded" },
            Data = body,
            MaxRedirects = 0,
        };

        var first = await page.APIRequest.PostAsync(IntakeUrl, options);
        var second = await page.APIRequest.PostAsync(IntakeUrl, options);
        await accept.ClickAsync();

        Assert.Equal(302, first.Status);
        Assert.Equal(302, second.Status);
        Assert.Equal(first.Headers["location"], second.Headers["location"]);
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(first.Headers["location"]) + "$"));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        Assert.Equal(1, await db.Dossiers.CountAsync(d => d.ApplicantIdNumber == "075090006666"));
    }

    [Fact]
    public async Task A_dossier_is_found_by_typing_its_code_or_pasting_its_lookup_url_and_transferred()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 6, 9, 0));
        var code = (await (await app.ClientFor(Reception)).Intake(JudicialRecordIntake(phone: "0912007777"))).Str("code");
        var page = await app.SignedInPageAsync(Reception);
        await page.GetByRole(AriaRole.Link, new() { Name = "Tìm hồ sơ" }).First.ClickAsync();

        // A USB barcode scanner is a keyboard: it types the code into the focused field and presses Enter.
        await Expect(page.GetByLabel("Mã hồ sơ")).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Quét mã QR bằng camera" })).ToBeHiddenAsync();
        await page.Keyboard.TypeAsync(code);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = code })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Đã tiếp nhận");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận đã trả kết quả" })).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "reception-find");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Chuyển hồ sơ đến cơ quan giải quyết" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã chuyển hồ sơ" })).ToBeVisibleAsync();
        await Expect(page.Locator("#dossier-title")).ToContainTextAsync("Đang xử lý");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Chuyển hồ sơ đến cơ quan giải quyết" })).ToHaveCountAsync(0);

        await page.GetByLabel("Mã hồ sơ").FillAsync($"{app.BaseUrl}/tra-cuu?ma={code}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = code })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Where_the_browser_has_a_barcode_detector_the_camera_scans_the_receipts_qr_code()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 6, 10, 0));
        var code = (await (await app.ClientFor(Reception)).Intake(JudicialRecordIntake(phone: "0912008888"))).Str("code");
        var page = await app.SignedInPageAsync(Reception);
        // Chromium on Linux has no BarcodeDetector: stand in for it and for the camera with what a QR code would yield.
        await page.Context.AddInitScriptAsync($$"""
            window.BarcodeDetector = class {
              static async getSupportedFormats() { return ['qr_code']; }
              async detect() { return [{ rawValue: '{{app.BaseUrl}}/tra-cuu?ma={{code}}' }]; }
            };
            navigator.mediaDevices.getUserMedia = async () => {
              const canvas = document.createElement('canvas');
              canvas.width = 64; canvas.height = 48; canvas.getContext('2d').fillRect(0, 0, 64, 48);
              return canvas.captureStream();
            };
            """);
        await page.GotoAsync("/can-bo/tim-ho-so");

        await page.GetByRole(AriaRole.Button, new() { Name = "Quét mã QR bằng camera" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = code })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("ma=http"));
    }

    [Fact]
    public async Task A_result_made_ready_by_the_police_is_returned_by_post_with_a_tracking_number()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 9, 9, 0));
        var reception = await app.ClientFor(Reception);
        var code = (await reception.Intake(JudicialRecordIntake(phone: "0912009999"))).Str("code");
        await reception.ActOk(code, "transfer");
        await (await app.ClientFor(PoliceSpecialist)).ActOk(code, "forward");
        await (await app.ClientFor(PoliceLeader)).ActOk(code, "result-ready");

        var page = await app.SignedInPageAsync(Reception);
        await page.GotoAsync($"/can-bo/tim-ho-so?ma={code}");
        await Expect(page.Locator("#dossier-title")).ToContainTextAsync("Đã có kết quả");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Chuyển hồ sơ" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Radio, new() { Name = "Qua dịch vụ bưu chính" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận đã trả kết quả" }).ClickAsync();

        var tracking = page.GetByLabel("Số hiệu bưu gửi");
        await Expect(tracking).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#tracking-number-error")).ToHaveTextAsync("Bắt buộc nhập");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Qua dịch vụ bưu chính" })).ToBeCheckedAsync();
        await Screenshots.SaveAsync(page, "reception-find-return");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));

        await tracking.FillAsync("EB123456789VN");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận đã trả kết quả" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã ghi nhận trả kết quả" })).ToBeVisibleAsync();
        await Expect(page.Locator("#dossier-title")).ToContainTextAsync("Đã trả kết quả");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("số hiệu bưu gửi EB123456789VN");
        await Expect(page.GetByText("Bộ phận Một cửa không có thao tác nào")).ToBeVisibleAsync();
        var dossier = await reception.Get($"/api/v1/dossiers/{code}");
        Assert.Equal("Returned", dossier.Str("status"));
        Assert.Equal("Post", dossier.Str("returnMethod"));
        Assert.Equal("EB123456789VN", dossier.Str("postalTrackingNumber"));
    }

    [Fact]
    public async Task The_intake_form_fits_a_tablet_held_upright()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 10, 9, 0));
        var page = await app.SignedInPageAsync(Reception, width: 800, height: 1280);
        await page.GotoAsync(IntakeUrl);
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "The intake form scrolls sideways at 800 px.");
        await Screenshots.SaveAsync(page, "reception-intake-portrait");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
    }

    private static async Task FillApplicantAsync(IPage page, string name, string idNumber, string phone)
    {
        await page.GetByLabel("Họ và tên").FillAsync(name);
        await page.GetByLabel("Số định danh cá nhân (mã số thuế)").FillAsync(idNumber);
        await page.GetByLabel("Số điện thoại").FillAsync(phone);
    }

    /// <summary>The form opens as a PDF with the officer's own session: the link is what the browser's new tab fetches.</summary>
    private static async Task AssertPdfAsync(IPage page, string href, string expectedPath)
    {
        Assert.EndsWith(expectedPath, href, StringComparison.Ordinal);
        var response = await page.APIRequest.GetAsync(href);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/pdf", response.Headers["content-type"], StringComparison.Ordinal);
        var body = await response.BodyAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(body, 0, 4));
    }
}
