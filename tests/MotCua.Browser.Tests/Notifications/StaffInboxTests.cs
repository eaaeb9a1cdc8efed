using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Web.Data;
using MotCua.Web.Features.Notifications.Staff;
using MotCua.Web.Features.Outbox;
using static Microsoft.Playwright.Assertions;

namespace MotCua.Browser.Tests.Notifications;

/// <summary>An officer sees unread notices in the header on every page and reads them in the workspace inbox.</summary>
public sealed class StaffInboxTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Officer = "specialist.congan@demo.motcua.vn";

    [Fact]
    public async Task An_officer_sees_the_unread_count_opens_the_inbox_and_marks_everything_read()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
            var userId = await db.Users.Where(u => u.UserName == Officer).Select(u => u.Id).SingleAsync();
            db.Add(new StaffNotice
            {
                UserId = userId, Topic = OutboxTopics.StepOverdue, DossierCode = "000.00.19.H19-260406-0001",
                Subject = "Bước \"Thẩm định hồ sơ\" của hồ sơ 000.00.19.H19-260406-0001 đã quá hạn",
                Text = "Bước \"Thẩm định hồ sơ\" của hồ sơ 000.00.19.H19-260406-0001 (Cấp Phiếu lý lịch tư pháp) đã quá thời hạn của bước (17:00 ngày 08/04/2026).",
                CreatedAt = app.Clock.GetUtcNow(), IdempotencyKey = "browser-inbox-1",
            });
            await db.SaveChangesAsync();
        }
        var page = await app.SignedInPageAsync(Officer);
        await page.GotoAsync("/can-bo");

        await page.GetByRole(AriaRole.Link, new() { Name = "Thông báo, 1 chưa đọc" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thông báo", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Bước \"Thẩm định hồ sơ\" của hồ sơ 000.00.19.H19-260406-0001 đã quá hạn" }))
            .ToHaveAttributeAsync("href", "/can-bo/ho-so/000.00.19.H19-260406-0001");
        await Screenshots.SaveAsync(page, "staff-inbox");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Đánh dấu tất cả đã đọc" }).ClickAsync();
        await Expect(page.GetByText("0 thông báo chưa đọc.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Thông báo", Exact = true })).ToBeVisibleAsync();
    }
}
