using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MotCua.Browser.Tests.Desk;

/// <summary>The worklists of the desk in the browser: counts, contents, deadline colours, sorting, filtering, paging.</summary>
public sealed class WorklistTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static ILocator Tab(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Danh sách hồ sơ" }).GetByRole(AriaRole.Link, new() { Name = name });

    private static ILocator Rows(IPage page) => page.Locator("table.worklist tbody tr");

    [Fact]
    public async Task Each_tab_counts_and_lists_the_officer_s_dossiers_and_a_consultation_is_answered_from_its_list()
    {
        // Monday 1 June 2026: judicial-record dossiers of the day are due Monday 15 June at 17:00.
        app.Clock.Set(TestClock.Vn(2026, 6, 1, 9, 0));
        var accepted = await DeskPage.ReceiveAsync(app, "Vũ Văn Chưa Chuyển");
        var unassigned = await DeskPage.ReceiveAsync(app, "Lý Thị Chưa Giao", transfer: true);
        var assigned = await DeskPage.ReceiveAsync(app, "Mai Văn Được Giao", transfer: true);
        var consulting = await DeskPage.ReceiveAsync(app, "Tô Thị Xin Ý Kiến", transfer: true);
        await (await app.ClientFor(Api.PoliceLeader)).ActOk(assigned, "assign", new { assigneeEmail = Api.PoliceSpecialist });
        await (await app.ClientFor(Api.PoliceSpecialist)).ActOk(consulting, "consult",
            new { agencyCode = Api.TaxOffice, question = "Người yêu cầu có đang bị cưỡng chế nợ thuế không?", dueInWorkingDays = 2 });

        var specialist = await app.SignedInPageAsync(Api.PoliceSpecialist);
        await specialist.GotoAsync("/can-bo/ho-so");
        await Expect(Tab(specialist, "Giao cho tôi")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(specialist.Locator(".tabs .count")).ToHaveTextAsync(["1 hồ sơ", "3 hồ sơ", "0 hồ sơ", "0 hồ sơ", "0 hồ sơ", "0 hồ sơ"]);
        await Expect(Rows(specialist)).ToHaveCountAsync(1);
        await Expect(Rows(specialist).First).ToContainTextAsync("Mai Văn Được Giao");
        await Expect(Rows(specialist).First.Locator(".badge")).ToContainTextAsync(["Hạn 17:00 15/06", "Đang xử lý", "Giao cho tôi"]);
        await specialist.CaptureAsync("desk-worklist-specialist");
        await Tab(specialist, "Của đơn vị tôi").ClickAsync();
        await Expect(Rows(specialist).Locator("th a")).ToHaveTextAsync([unassigned, assigned, consulting]);
        Assert.DoesNotContain(accepted, await specialist.Locator("table.worklist").InnerTextAsync());

        // The consulting dossier cannot move on while the tax office has not answered.
        await specialist.GetByRole(AriaRole.Link, new() { Name = consulting }).ClickAsync();
        await Expect(specialist.GetByRole(AriaRole.Button, new() { Name = "Chuyển bước tiếp theo" })).ToHaveAccessibleDescriptionAsync(
            "Đang chờ ý kiến của đơn vị được xin ý kiến");

        var tax = await app.SignedInPageAsync(Api.TaxSpecialist);
        await tax.GotoAsync("/can-bo/ho-so?tab=consultations");
        await Expect(Tab(tax, "Xin ý kiến đơn vị tôi")).ToContainTextAsync("1");
        await Expect(Rows(tax).First).ToContainTextAsync("Hạn 17:00 03/06");
        await tax.CaptureAsync("desk-worklist-consultations");
        await tax.GetByRole(AriaRole.Link, new() { Name = consulting }).ClickAsync();
        // The tax office reads the dossier but has no need of the applicant's contact details.
        await Expect(tax.Fact("Điện thoại")).ToHaveTextAsync("••••5678");
        await tax.ActAsync("Trả lời xin ý kiến", "Gửi ý kiến",
            box => box.GetByLabel("Ý kiến trả lời").FillAsync("Không có khoản nợ thuế bị cưỡng chế."));
        await tax.ExpectConfirmationAsync("Đã gửi ý kiến trả lời.");
        await Expect(tax.Locator(".answer")).ToHaveTextAsync("Không có khoản nợ thuế bị cưỡng chế.");
        await tax.GotoAsync("/can-bo/ho-so?tab=consultations");
        await Expect(tax.GetByText("Không có hồ sơ nào trong danh sách này.")).ToBeVisibleAsync();

        // Monday 15 June, the due day: amber in "due soon"; the next morning red in "overdue".
        app.Clock.Set(TestClock.Vn(2026, 6, 15, 10, 0));
        var leader = await app.SignedInPageAsync(Api.PoliceLeader);
        await leader.GotoAsync("/can-bo/ho-so?tab=due-soon");
        await Expect(Rows(leader)).ToHaveCountAsync(4);
        await Expect(Rows(leader).Locator(".badge.warn")).ToHaveCountAsync(4);
        await leader.CaptureAsync("desk-worklist-due-soon");
        app.Clock.Set(TestClock.Vn(2026, 6, 16, 8, 0));
        leader = await app.SignedInPageAsync(Api.PoliceLeader);
        await leader.GotoAsync("/can-bo/ho-so?tab=overdue");
        await Expect(Rows(leader)).ToHaveCountAsync(4);
        await Expect(Rows(leader).Locator(".badge.late")).ToHaveCountAsync(4);
        await leader.CaptureAsync("desk-worklist-overdue");
    }

    [Fact]
    public async Task A_queue_of_twenty_seven_sorts_filters_and_pages_by_the_address_bar()
    {
        // Received at the Đồng Xoài branch, so that no other test's dossiers are in this officer's queue.
        app.Clock.Set(TestClock.Vn(2026, 9, 8, 8, 0));
        var branch = await app.ClientFor("reception.dongxoai@demo.motcua.vn");
        var codes = new List<string>();
        for (var i = 1; i <= 27; i++)
        {
            codes.Add((await branch.Intake(new
            {
                procedureCode = Api.JudicialRecord,
                applicant = new { kind = "Person", fullName = $"Người nộp số {i:D2}", phone = "0912345678" },
                receivedComponents = new[] { "TP01", "TP02" },
            })).Str("code"));
            app.Clock.Advance(TimeSpan.FromMinutes(2));
        }

        var page = await app.SignedInPageAsync("reception.dongxoai@demo.motcua.vn");
        await page.GotoAsync("/can-bo/ho-so");
        await Expect(Tab(page, "Của đơn vị tôi")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("27 hồ sơ");
        await Expect(Rows(page)).ToHaveCountAsync(25);
        await Expect(page.GetByText("Trang 1/2")).ToBeVisibleAsync();
        await page.CaptureAsync("desk-worklist-reception");
        await page.GetByRole(AriaRole.Link, new() { Name = "Trang sau →" }).ClickAsync();
        await Expect(Rows(page)).ToHaveCountAsync(2);
        await Expect(page).ToHaveURLAsync(new Regex("page=2"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Mã hồ sơ" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Mã hồ sơ" })).ToHaveAttributeAsync("aria-sort", "ascending");
        await Expect(Rows(page).First.Locator("th")).ToHaveTextAsync(codes[0]);
        await page.GetByRole(AriaRole.Link, new() { Name = "Mã hồ sơ" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Mã hồ sơ" })).ToHaveAttributeAsync("aria-sort", "descending");
        await Expect(Rows(page).First.Locator("th")).ToHaveTextAsync(codes[26]);

        await page.GetByLabel("Tìm kiếm").FillAsync("người nộp số 07");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Expect(Rows(page)).ToHaveCountAsync(1);
        await Expect(Rows(page).First.Locator("th")).ToHaveTextAsync(codes[6]);
        await page.GetByLabel("Trạng thái").SelectOptionAsync(new SelectOptionValue { Label = "Đang xử lý" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Expect(page.GetByText("Không có hồ sơ nào trong danh sách này.")).ToBeVisibleAsync();

        var tablet = await app.SignedInPageAsync("reception.dongxoai@demo.motcua.vn", width: 800, height: 1280);
        await tablet.GotoAsync("/can-bo/ho-so");
        Assert.True(await tablet.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the worklist page scrolls sideways on an upright tablet");
        await tablet.CaptureAsync("desk-worklist-tablet-portrait");
    }
}
