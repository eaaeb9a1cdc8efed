using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MotCua.Browser.Tests.Desk;

/// <summary>
/// The specialist's desk in the browser: a judicial-record dossier received at the center and decided by the
/// provincial police, carried through its steps by the officers who do them in real life.
/// </summary>
public sealed class DossierJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Reception_the_police_specialist_and_leader_carry_a_dossier_from_transfer_to_return()
    {
        app.Clock.Set(TestClock.Vn(2026, 6, 1, 8, 30));
        var code = await DeskPage.ReceiveAsync(app);

        var reception = await app.SignedInPageAsync(Api.Reception);
        await reception.GotoAsync("/can-bo/ho-so?tab=unit");
        await reception.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await Expect(reception.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(code);
        await reception.ExpectStatusAsync("Đã tiếp nhận");
        await Expect(reception.Fact("Điện thoại")).ToHaveTextAsync("0912345678");
        await reception.CaptureAsync("desk-dossier-accepted");
        await reception.ActAsync("Chuyển hồ sơ đến cơ quan giải quyết", "Chuyển hồ sơ");
        await reception.ExpectConfirmationAsync("Đã chuyển hồ sơ đến cơ quan giải quyết.");
        await reception.ExpectStatusAsync("Đang xử lý");

        app.Clock.Advance(TimeSpan.FromHours(1));
        var leader = await app.SignedInPageAsync(Api.PoliceLeader);
        await leader.GotoAsync("/can-bo/ho-so");
        await leader.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await leader.ActAsync("Phân công xử lý", "Giao xử lý",
            box => box.GetByLabel("Cán bộ được giao").SelectOptionAsync(Api.PoliceSpecialist));
        await leader.ExpectConfirmationAsync("Đã phân công xử lý.");
        await Expect(leader.Locator(".slip li.current")).ToContainTextAsync("Nguyễn Hữu Thắng");

        var specialist = await app.SignedInPageAsync(Api.PoliceSpecialist);
        await specialist.GotoAsync("/can-bo/ho-so");
        await Expect(specialist.GetByRole(AriaRole.Link, new() { Name = "Giao cho tôi" })).ToHaveAttributeAsync("aria-current", "page");
        await specialist.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await Expect(specialist.Action("Phân công xử lý")).ToHaveCountAsync(0);
        var resultReady = specialist.GetByRole(AriaRole.Button, new() { Name = "Xác nhận đã có kết quả" });
        await Expect(resultReady).ToBeDisabledAsync();
        await Expect(resultReady).ToHaveAccessibleDescriptionAsync("Còn bước xử lý chưa hoàn thành");
        await specialist.CaptureAsync("desk-dossier-specialist");

        // Two days later (a new session: an idle hour ends the old one).
        app.Clock.Advance(TimeSpan.FromDays(2));
        specialist = await app.SignedInPageAsync(Api.PoliceSpecialist);
        await specialist.GotoAsync(DeskPage.Url(code));
        await specialist.ActAsync("Chuyển bước tiếp theo", "Hoàn thành bước và chuyển tiếp",
            box => box.GetByLabel("Ghi chú").FillAsync("Đã tra cứu, không có án tích"));
        await specialist.ExpectConfirmationAsync("Đã hoàn thành bước và chuyển sang bước tiếp theo.");
        await Expect(specialist.Locator(".slip li").Nth(1)).ToContainTextAsync("Trước hạn");
        await Expect(specialist.Locator(".slip li").Nth(1)).ToContainTextAsync("Đã tra cứu, không có án tích");
        // The step has moved on: the specialist sees the applicant's contact details masked now.
        await Expect(specialist.Fact("Điện thoại")).ToHaveTextAsync("••••5678");

        app.Clock.Advance(TimeSpan.FromDays(1));
        leader = await app.SignedInPageAsync(Api.PoliceLeader);
        await leader.GotoAsync(DeskPage.Url(code));
        await leader.ActAsync("Xác nhận đã có kết quả", "Xác nhận có kết quả");
        await leader.ExpectConfirmationAsync("Đã ghi nhận có kết quả; hồ sơ chuyển về Bộ phận Một cửa để trả.");
        await leader.ExpectStatusAsync("Đã có kết quả");

        app.Clock.Advance(TimeSpan.FromHours(2));
        reception = await app.SignedInPageAsync(Api.Reception);
        await reception.GotoAsync(DeskPage.Url(code));
        await reception.ActAsync("Trả kết quả", "Ghi nhận đã trả kết quả",
            box => box.GetByLabel("Tại Bộ phận Một cửa").CheckAsync());
        await reception.ExpectConfirmationAsync("Đã ghi nhận trả kết quả cho người nộp.");
        await reception.ExpectStatusAsync("Đã trả kết quả");
        await Expect(reception.Locator(".slip li.done")).ToHaveCountAsync(4);
        await Expect(reception.Locator(".slip .badge")).ToHaveTextAsync(["Đúng hạn", "Trước hạn", "Trước hạn", "Trước hạn"]);
        await Expect(reception.GetByText("Chuỗi nhật ký toàn vẹn (6 mục, đã kiểm tra)")).ToBeVisibleAsync();
        await Expect(reception.Locator("table.audit tbody tr")).ToHaveCountAsync(6);
        await Expect(reception.GetByText("Bạn không có thao tác nào trên hồ sơ này lúc này.")).ToBeVisibleAsync();
        var slip = reception.GetByRole(AriaRole.Link, new() { Name = "Mẫu 05 – Phiếu kiểm soát quá trình giải quyết hồ sơ" });
        await Expect(slip).ToHaveAttributeAsync("target", "_blank");
        var pdf = await reception.Context.APIRequest.GetAsync((await slip.GetAttributeAsync("href"))!);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        await reception.CaptureAsync("desk-dossier-returned");
    }

    [Fact]
    public async Task A_supplement_is_requested_within_three_working_days_and_its_receipt_restarts_the_clock()
    {
        // Received Monday 8 June: due Monday 22 June.
        app.Clock.Set(TestClock.Vn(2026, 6, 8, 9, 0));
        var code = await DeskPage.ReceiveAsync(app, "Trần Thị Bổ Sung", transfer: true);

        app.Clock.Set(TestClock.Vn(2026, 6, 10, 10, 0));
        var specialist = await app.SignedInPageAsync(Api.PoliceSpecialist);
        await specialist.GotoAsync(DeskPage.Url(code));
        await Expect(specialist.Fact("Hẹn trả kết quả")).ToHaveTextAsync("17:00 22/06/2026");
        await specialist.ActAsync("Yêu cầu bổ sung hồ sơ", "Gửi yêu cầu bổ sung",
            box => box.GetByLabel("Nội dung cần bổ sung").FillAsync("Tờ khai có chữ ký của người yêu cầu\nBản sao thẻ Căn cước"));
        // The reason was forgotten: the error stands next to its field and nothing typed is lost.
        var box = specialist.Action("Yêu cầu bổ sung hồ sơ");
        await Expect(box.GetByLabel("Lý do")).ToHaveAccessibleDescriptionAsync("Bắt buộc nhập");
        await Expect(box.GetByLabel("Nội dung cần bổ sung")).ToHaveValueAsync("Tờ khai có chữ ký của người yêu cầu\nBản sao thẻ Căn cước");
        await specialist.CaptureAsync("desk-dossier-field-error");
        await specialist.ActAsync("Yêu cầu bổ sung hồ sơ", "Gửi yêu cầu bổ sung",
            b => b.GetByLabel("Lý do").FillAsync("Tờ khai chưa ký"));
        await specialist.ExpectConfirmationAsync("Đã gửi yêu cầu bổ sung (Mẫu 02); thời hạn giải quyết tạm dừng.");
        await specialist.ExpectStatusAsync("Chờ bổ sung");
        await Expect(specialist.GetByRole(AriaRole.Link, new() { Name = "Mẫu 02 – Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ" })).ToBeVisibleAsync();
        await specialist.CaptureAsync("desk-dossier-awaiting-supplement");

        app.Clock.Set(TestClock.Vn(2026, 6, 11, 14, 0));
        var reception = await app.SignedInPageAsync(Api.Reception);
        await reception.GotoAsync("/can-bo/ho-so?tab=supplement");
        await reception.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await reception.ActAsync("Nhận hồ sơ bổ sung", "Xác nhận đã nhận bổ sung");
        await reception.ExpectConfirmationAsync("Đã nhận hồ sơ bổ sung; thời hạn giải quyết được tính lại.");
        await reception.ExpectStatusAsync("Đang xử lý");
        // Art. 19(4): ten working days again from Thursday 11 June.
        await Expect(reception.Fact("Hẹn trả kết quả")).ToHaveTextAsync("17:00 25/06/2026");
        await Expect(reception.Fact("Tính lại thời hạn từ")).ToHaveTextAsync("14:00 11/06/2026");
        await Expect(reception.GetByText("Đã nhận bổ sung lúc 14:00 11/06/2026")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_specialist_refuses_a_dossier_with_reasons()
    {
        app.Clock.Set(TestClock.Vn(2026, 6, 15, 9, 0));
        var code = await DeskPage.ReceiveAsync(app, "Lê Văn Từ Chối", transfer: true);

        var specialist = await app.SignedInPageAsync(Api.PoliceSpecialist);
        await specialist.GotoAsync(DeskPage.Url(code));
        await specialist.ActAsync("Từ chối giải quyết", "Xác nhận từ chối",
            box => box.GetByLabel("Lý do").FillAsync("Người yêu cầu không thuộc đối tượng được cấp Phiếu số 2\nThông tin nhân thân không khớp"));

        await specialist.ExpectConfirmationAsync("Đã từ chối giải quyết hồ sơ (Mẫu 03).");
        await specialist.ExpectStatusAsync("Từ chối giải quyết");
        await Expect(specialist.Fact("Lý do").Locator("li")).ToHaveTextAsync(
            ["Người yêu cầu không thuộc đối tượng được cấp Phiếu số 2", "Thông tin nhân thân không khớp"]);
        await Expect(specialist.GetByRole(AriaRole.Link, new() { Name = "Mẫu 03 – Phiếu từ chối giải quyết hồ sơ" })).ToBeVisibleAsync();
        await Expect(specialist.GetByText("Bạn không có thao tác nào trên hồ sơ này lúc này.")).ToBeVisibleAsync();
        await specialist.CaptureAsync("desk-dossier-refused");
    }

    [Fact]
    public async Task An_apology_sets_a_new_date_once_at_least_one_working_day_before_the_due_date()
    {
        // Received Monday 22 June: due Monday 6 July; one working day before is Friday 3 July.
        app.Clock.Set(TestClock.Vn(2026, 6, 22, 9, 0));
        var code = await DeskPage.ReceiveAsync(app, "Phạm Thị Xin Lỗi", transfer: true);
        app.Clock.Set(TestClock.Vn(2026, 7, 3, 10, 0));

        var specialist = await app.SignedInPageAsync(Api.PoliceSpecialist);
        await specialist.GotoAsync(DeskPage.Url(code));
        await specialist.ActAsync("Xin lỗi và hẹn lại ngày trả", "Gửi văn bản xin lỗi", async box =>
        {
            await box.GetByLabel("Ngày", new() { Exact = true }).FillAsync("2026-07-06");
            await box.GetByLabel("Giờ").FillAsync("08:00");
            await box.GetByLabel("Lý do").FillAsync("Chờ kết quả xác minh của Công an tỉnh khác");
        });
        // An earlier date than the one in force is refused, next to the date, with the reason kept.
        var apology = specialist.Action("Xin lỗi và hẹn lại ngày trả");
        await Expect(apology.GetByLabel("Ngày", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(apology.Locator(".field-error")).ToHaveTextAsync("Ngày hẹn mới phải sau ngày hẹn hiện tại");
        await Expect(apology.GetByLabel("Lý do")).ToHaveValueAsync("Chờ kết quả xác minh của Công an tỉnh khác");

        await specialist.ActAsync("Xin lỗi và hẹn lại ngày trả", "Gửi văn bản xin lỗi", async box =>
        {
            await box.GetByLabel("Ngày", new() { Exact = true }).FillAsync("2026-07-10");
            await box.GetByLabel("Giờ").FillAsync("17:00");
        });

        await specialist.ExpectConfirmationAsync("Đã gửi văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04).");
        await Expect(specialist.Fact("Hẹn trả kết quả")).ToHaveTextAsync("17:00 10/07/2026");
        await Expect(specialist.Fact("Hẹn ban đầu")).ToHaveTextAsync("17:00 06/07/2026");
        await Expect(specialist.GetByRole(AriaRole.Link, new() { Name = "Mẫu 04 – Phiếu xin lỗi và hẹn lại ngày trả kết quả" })).ToBeVisibleAsync();
        var again = specialist.GetByRole(AriaRole.Button, new() { Name = "Xin lỗi và hẹn lại ngày trả" });
        await Expect(again).ToBeDisabledAsync();
        await Expect(again).ToHaveAccessibleDescriptionAsync("Hồ sơ đã được hẹn lại một lần; không được hẹn lại lần nữa");
        await specialist.CaptureAsync("desk-dossier-apology");
    }

    [Fact]
    public async Task A_forbidden_action_is_never_offered_and_a_foreign_dossier_shows_the_403_page()
    {
        // Received Monday 6 July: the supplement window closes at the end of Thursday 9 July.
        app.Clock.Set(TestClock.Vn(2026, 7, 6, 9, 0));
        var code = await DeskPage.ReceiveAsync(app, "Đỗ Văn Quá Hạn", transfer: true);
        app.Clock.Set(TestClock.Vn(2026, 7, 10, 9, 0));

        var specialist = await app.SignedInPageAsync(Api.PoliceSpecialist);
        await specialist.GotoAsync(DeskPage.Url(code));
        await Expect(specialist.Action("Phân công xử lý")).ToHaveCountAsync(0);
        await Expect(specialist.Action("Trả kết quả")).ToHaveCountAsync(0);
        await Expect(specialist.Action("Chuyển hồ sơ đến cơ quan giải quyết")).ToHaveCountAsync(0);
        var supplement = specialist.GetByRole(AriaRole.Button, new() { Name = "Yêu cầu bổ sung hồ sơ" });
        await Expect(supplement).ToBeDisabledAsync();
        await Expect(supplement).ToHaveAccessibleDescriptionAsync("Chỉ được yêu cầu bổ sung trong 03 ngày làm việc kể từ ngày tiếp nhận");
        await specialist.CaptureAsync("desk-dossier-supplement-window-closed");

        var building = await app.SignedInPageAsync(Api.BuildingSpecialist);
        var forbidden = await building.GotoAsync(DeskPage.Url(code));
        Assert.Equal(403, forbidden!.Status);
        await Expect(building.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không có quyền xem hồ sơ");
        await Expect(building.GetByText("Đỗ Văn Quá Hạn")).ToHaveCountAsync(0);
        await building.CaptureAsync("desk-dossier-forbidden");

        var missing = await building.GotoAsync(DeskPage.Url("000.00.19.H19-260710-9999"));
        Assert.Equal(404, missing!.Status);
        await Expect(building.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không tìm thấy hồ sơ");
    }

    [Fact]
    public async Task The_dossier_page_fits_a_counter_tablet_held_upright_and_reads_in_english()
    {
        app.Clock.Set(TestClock.Vn(2026, 7, 13, 9, 0));
        var code = await DeskPage.ReceiveAsync(app, "Hoàng Thị Máy Tính Bảng", transfer: true);

        var specialist = await app.SignedInPageAsync(Api.PoliceSpecialist, width: 800, height: 1280);
        await specialist.GotoAsync(DeskPage.Url(code));
        Assert.True(await specialist.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the page scrolls sideways on an upright tablet");
        await specialist.CaptureAsync("desk-dossier-tablet-portrait");

        await specialist.GotoAsync(DeskPage.Url(code) + "?lang=en");
        await Expect(specialist.Locator("summary", new() { HasTextRegex = new Regex("^Forward to the next step$") })).ToBeVisibleAsync();
        await Expect(specialist.GetByRole(AriaRole.Heading, new() { Name = "Control slip" })).ToBeVisibleAsync();
        await specialist.CaptureAsync("desk-dossier-english");
    }
}
