using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Browser.Tests.Desk;
using MotCua.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Browser.Tests.Journeys;

/// <summary>
/// The whole journey of the issue in one go, every step in the browser by the officer who does it in real life: the
/// reception officer receives a judicial-record application at the counter and prints the receipt, transfers it; the
/// police leader assigns it; the specialist checks the records; the leader finds it from the leader's view and signs
/// the result; the reception officer scans the code and hands the result over; the citizen looks it up.
/// </summary>
public sealed class CounterToResultJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_dossier_goes_from_the_counter_through_every_officer_back_to_the_counter_in_the_browser()
    {
        // Monday 5 October 2026, half past eight: the counter opens.
        app.Clock.Set(TestClock.Vn(2026, 10, 5, 8, 30));
        var counter = await app.SignedInPageAsync(Reception);
        await counter.GetByRole(AriaRole.Link, new() { Name = "Tiếp nhận", Exact = true }).ClickAsync();
        await counter.GetByLabel("Tên hoặc mã thủ tục").FillAsync("phieu ly lich tu phap");
        await counter.Keyboard.PressAsync("Enter");
        await counter.GetByRole(AriaRole.Link, new() { Name = "Cấp Phiếu lý lịch tư pháp" }).ClickAsync();
        await counter.GetByLabel("Họ và tên").FillAsync("Võ Thị Hành Trình");
        await counter.GetByLabel("Số định danh cá nhân (mã số thuế)").FillAsync("075190007777");
        await counter.GetByLabel("Số điện thoại").FillAsync("0913007777");
        await counter.GetByRole(AriaRole.Checkbox, new() { Name = "TP01" }).CheckAsync();
        await counter.GetByRole(AriaRole.Checkbox, new() { Name = "TP02" }).CheckAsync();
        await counter.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận hồ sơ" }).ClickAsync();

        await Expect(counter.GetByRole(AriaRole.Heading, new() { Name = "Đã tiếp nhận hồ sơ" })).ToBeVisibleAsync();
        var code = (await counter.Locator(".dossier-code").TextContentAsync())!.Trim();
        Assert.Matches(@"^000\.00\.19\.H19-261005-\d{4}$", code);
        // Ten working days from Tuesday 6 October end at the close of Monday 19 October.
        await Expect(counter.Locator(".due")).ToContainTextAsync("17:00, thứ Hai 19/10/2026");
        var receipt = counter.GetByRole(AriaRole.Link, new() { Name = "In Giấy tiếp nhận và hẹn trả kết quả (Mẫu 01)" });
        await Expect(receipt).ToHaveAttributeAsync("target", "_blank");
        var pdf = await counter.APIRequest.GetAsync((await receipt.GetAttributeAsync("href"))!);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        await counter.CaptureAsync("journey-1-receipt");

        // Before noon the officer sends the paper dossier to the police (Decree 61 Art. 18: the same working day).
        // (Two hours idle end a session: the officer signs in again.)
        app.Clock.Advance(TimeSpan.FromHours(2));
        counter = await app.SignedInPageAsync(Reception);
        await counter.GotoAsync("/can-bo/tim-ho-so");
        await counter.GetByLabel("Mã hồ sơ").FillAsync(code);
        await counter.Keyboard.PressAsync("Enter");
        await counter.GetByRole(AriaRole.Button, new() { Name = "Chuyển hồ sơ đến cơ quan giải quyết" }).ClickAsync();
        await Expect(counter.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã chuyển hồ sơ đến cơ quan giải quyết." })).ToBeVisibleAsync();
        await Expect(counter.Locator("#dossier-title")).ToContainTextAsync("Đang xử lý");

        var leader = await app.SignedInPageAsync(PoliceLeader);
        await leader.GotoAsync("/can-bo/ho-so?tab=unit");
        await leader.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await leader.ActAsync("Phân công xử lý", "Giao xử lý",
            box => box.GetByLabel("Cán bộ được giao").SelectOptionAsync(PoliceSpecialist));
        await leader.ExpectConfirmationAsync("Đã phân công xử lý.");

        // Next morning the specialist finds it in "assigned to me" and finishes the check.
        app.Clock.Set(TestClock.Vn(2026, 10, 6, 8, 15));
        var specialist = await app.SignedInPageAsync(PoliceSpecialist);
        await specialist.GotoAsync("/can-bo/ho-so");
        await Expect(specialist.GetByRole(AriaRole.Link, new() { Name = "Giao cho tôi" })).ToHaveAttributeAsync("aria-current", "page");
        await specialist.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await specialist.ActAsync("Chuyển bước tiếp theo", "Hoàn thành bước và chuyển tiếp",
            box => box.GetByLabel("Ghi chú").FillAsync("Không có án tích; dự thảo Phiếu số 1"));
        await specialist.ExpectConfirmationAsync("Đã hoàn thành bước và chuyển sang bước tiếp theo.");
        await specialist.CaptureAsync("journey-2-specialist");

        // The leader sees it from the leader's view and signs the result.
        app.Clock.Advance(TimeSpan.FromHours(3));
        leader = await app.SignedInPageAsync(PoliceLeader);
        await leader.GetByRole(AriaRole.Link, new() { Name = "Điều hành" }).First.ClickAsync();
        await leader.GetByRole(AriaRole.Link, new() { Name = "1 hồ sơ: Đang xử lý – Công an tỉnh Đồng Nai", Exact = true }).ClickAsync();
        await Expect(leader.Locator("tbody th[scope=row] a")).ToHaveTextAsync([code]);
        await leader.CaptureAsync("journey-3-leader-list");
        await leader.GetByRole(AriaRole.Link, new() { Name = code, Exact = true }).ClickAsync();
        await leader.ActAsync("Xác nhận đã có kết quả", "Xác nhận có kết quả");
        await leader.ExpectConfirmationAsync("Đã ghi nhận có kết quả; hồ sơ chuyển về Bộ phận Một cửa để trả.");

        // The applicant comes back; the reception officer scans the receipt (a USB scanner types the code).
        app.Clock.Set(TestClock.Vn(2026, 10, 7, 9, 0));
        counter = await app.SignedInPageAsync(Reception);
        await counter.GotoAsync("/can-bo/tim-ho-so");
        await counter.GetByLabel("Mã hồ sơ").FillAsync(code);
        await counter.Keyboard.PressAsync("Enter");
        await Expect(counter.Locator("#dossier-title")).ToContainTextAsync("Đã có kết quả");
        await counter.GetByRole(AriaRole.Radio, new() { Name = "Trực tiếp tại quầy" }).CheckAsync();
        await counter.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận đã trả kết quả" }).ClickAsync();
        await Expect(counter.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã ghi nhận trả kết quả" })).ToBeVisibleAsync();
        await Expect(counter.Locator("#dossier-title")).ToContainTextAsync("Đã trả kết quả");
        await counter.CaptureAsync("journey-4-returned");

        // The control slip judges every step: the result was ready long before its date.
        await counter.GotoAsync(DeskPage.Url(code));
        await Expect(counter.Locator(".slip li.done")).ToHaveCountAsync(4);
        await Expect(counter.Locator(".slip .badge")).ToHaveTextAsync(["Đúng hạn", "Trước hạn", "Trước hạn", "Trước hạn"]);

        // The citizen's own view: the public lookup with the last four digits of the phone.
        var citizen = await app.NewPageAsync();
        await citizen.GotoAsync($"/tra-cuu?ma={Uri.EscapeDataString(code)}&xm=7777");
        await Expect(citizen.GetByRole(AriaRole.Main)).ToContainTextAsync("Đã trả kết quả");
        await Expect(citizen.GetByText("Võ Thị Hành Trình")).ToHaveCountAsync(0);
    }
}
