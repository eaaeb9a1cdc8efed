using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Web.Data;
using MotCua.Web.Features.Notifications.Dispatch;
using MotCua.Web.Features.Outbox;
using MotCua.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MotCua.Browser.Tests.Notifications;

/// <summary>The administrator's notices page and the delivery log of the staff dossier page, in the browser.</summary>
public sealed class NotificationPagesTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_administrator_previews_an_edited_notice_and_an_unknown_placeholder_stands_next_to_its_field()
    {
        var page = await app.SignedInPageAsync("admin@demo.motcua.vn");
        await page.GotoAsync("/can-bo/quan-tri/mau-thong-bao");
        await page.GetByLabel("Sự kiện").SelectOptionAsync("dossier.result-ready");
        await page.GetByLabel("Kênh", new() { Exact = true }).SelectOptionAsync("sms");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở" }).ClickAsync();
        await Expect(page.GetByText("Đang dùng mẫu mặc định.")).ToBeVisibleAsync();

        await page.GetByLabel("Nội dung (văn bản)").FillAsync("Hồ sơ {code} đã có kết quả, mời nhận trước {hanNhan}.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync();
        await Expect(page.GetByLabel("Nội dung (văn bản)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#text-error")).ToHaveTextAsync("Chỗ điền không có trong dữ liệu sự kiện: {hanNhan}");

        await page.GetByLabel("Nội dung (văn bản)").FillAsync("Hồ sơ {code} ({procedure}) đã có kết quả.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync();
        await Expect(page.Locator("pre.preview")).ToHaveTextAsync("Hồ sơ 000.00.19.H19-261005-0001 (Cấp Phiếu lý lịch tư pháp) đã có kết quả.");
        await Screenshots.SaveAsync(page, "notifications-template-preview");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task An_administrator_finds_a_parked_notice_with_its_error_and_sends_it_again()
    {
        var (messageId, code) = await ParkedNoticeAsync();
        var page = await app.SignedInPageAsync("admin@demo.motcua.vn");
        await page.GotoAsync("/can-bo/quan-tri/thong-bao");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thông báo gửi đi", Level = 1 })).ToBeVisibleAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = $"#{messageId}" });
        await Expect(row).ToContainTextAsync("webhook portal.example.vn/events answered HTTP 503");
        await Expect(row).ToContainTextAsync("Tạm dừng");
        await Screenshots.SaveAsync(page, "notifications-admin");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));

        await row.GetByRole(AriaRole.Button, new() { Name = $"Gửi lại thông báo #{messageId}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"#{messageId}" })).ToContainTextAsync("xếp để gửi lại");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = $"#{messageId}" })).ToHaveCountAsync(0);

        var dossier = await app.SignedInPageAsync("reception@demo.motcua.vn");
        await dossier.GotoAsync($"/can-bo/ho-so/{code}");
        var log = dossier.GetByRole(AriaRole.Region, new() { Name = "Thông báo đã gửi" });
        await Expect(log).ToContainTextAsync("Cổng DVC quốc gia");
        await Expect(log).ToContainTextAsync("portal.example.vn/events");
        await log.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(dossier, "notifications-delivery-log");
    }

    /// <summary>A notice the portal refused until it was parked (as the dispatcher leaves it), on a demo dossier.</summary>
    private async Task<(long MessageId, string Code)> ParkedNoticeAsync()
    {
        using var reception = await app.ClientFor(Api.Reception);
        var code = (await reception.Intake(Api.JudicialRecordIntake())).Str("code");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        var dossier = await db.Dossiers.SingleAsync(d => d.Code == code);
        var now = app.Clock.GetUtcNow();
        var message = new OutboxMessage
        {
            Topic = OutboxTopics.DossierReceived, DossierId = dossier.Id, Payload = $$"""{"reference":"{{dossier.Code}}","status":"Accepted"}""",
            CreatedAt = now, Status = OutboxStatus.Parked, Attempts = 8, LastError = "dvcqg: webhook portal.example.vn/events answered HTTP 503",
        };
        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync();
        db.NotificationDeliveries.Add(new NotificationDelivery
        {
            OutboxMessageId = message.Id, DossierId = dossier.Id, Topic = message.Topic, Channel = "dvcqg", Recipient = "https://portal.example.vn/events",
            RecipientDisplay = "portal.example.vn/events", Language = "vi", IdempotencyKey = $"motcua-{message.Id}-dvcqg", Status = DeliveryStatus.Parked,
            Attempts = 8, LastError = "webhook portal.example.vn/events answered HTTP 503", CreatedAt = now, LastAttemptAt = now,
        });
        await db.SaveChangesAsync();
        return (message.Id, dossier.Code!);
    }
}
