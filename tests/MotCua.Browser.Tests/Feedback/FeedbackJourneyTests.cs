using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Browser.Tests.Desk;
using MotCua.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MotCua.Browser.Tests.Feedback;

/// <summary>Feedback from a phone to the published answer.</summary>
public sealed partial class FeedbackJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Feedback_sent_from_a_phone_is_classified_answered_published_and_liked()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 2, 9, 0));
        var phone = await app.NewPageAsync(390, 844);
        await phone.GotoAsync("/phan-anh-kien-nghi");
        await phone.GetByLabel("Kiến nghị", new() { Exact = true }).CheckAsync();
        await phone.GetByLabel("Thủ tục", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = Api.JudicialRecord });
        await phone.GetByLabel("Tiêu đề").FillAsync("Bỏ yêu cầu nộp bản sao");
        await phone.GetByLabel("Nội dung", new() { Exact = true }).FillAsync("Tôi là Hoàng Văn Giang, số 0911 222 333, đề nghị bỏ bản sao giấy khai sinh.");
        await phone.GetByLabel("Họ và tên").FillAsync("Hoàng Văn Giang");
        await phone.GetByLabel("Số điện thoại").FillAsync("0911222333");
        await phone.CaptureAsync("feedback-send-form");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh, kiến nghị" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vui lòng sửa");
        await Expect(phone.Locator("#fb-consent-error")).ToBeVisibleAsync();
        await phone.GetByRole(AriaRole.Checkbox).CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh, kiến nghị" }).ClickAsync();
        var sent = phone.GetByRole(AriaRole.Status).First;
        await Expect(sent).ToContainTextAsync("Mã phản ánh của bạn là");
        var code = TrackingCode().Match(await sent.InnerTextAsync()).Value;
        await phone.CaptureAsync("feedback-sent");

        var staff = await app.SignedInPageAsync(Api.Supervisor);
        await staff.GotoAsync("/can-bo/phan-anh");
        await staff.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await staff.CaptureAsync("feedback-staff-case");
        await staff.GetByText("Phân loại", new() { Exact = true }).First.ClickAsync();
        await staff.Locator("#agency-Classify").SelectOptionAsync(new SelectOptionValue { Label = "Công an tỉnh Đồng Nai" });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Phân loại", Exact = true }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã thực hiện");
        await staff.Locator("details.action", new() { HasText = "Trả lời" }).Locator("summary").ClickAsync();
        await staff.GetByLabel("Nội dung trả lời").FillAsync("Kính gửi ông Hoàng Văn Giang: từ 01/4/2026 không cần nộp bản sao giấy khai sinh.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Trả lời", Exact = true }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã thực hiện");
        await staff.CaptureAsync("feedback-staff-answered");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Công khai câu trả lời" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã thực hiện");

        await phone.GotoAsync("/phan-anh-kien-nghi/da-tra-loi");
        var answer = phone.Locator("article", new() { HasText = code });
        await Expect(answer).ToContainTextAsync("không cần nộp bản sao giấy khai sinh");
        await Expect(answer).Not.ToContainTextAsync("Hoàng Văn Giang");
        await Expect(answer).Not.ToContainTextAsync("0911");
        await answer.GetByRole(AriaRole.Button, new() { Name = "Hài lòng (0)", Exact = true }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status).First).ToContainTextAsync("Cảm ơn bạn đã bình chọn");
        await Expect(phone.Locator("article", new() { HasText = code })).ToContainTextAsync("Bạn đã bình chọn: Hài lòng (1)");
        await phone.CaptureAsync("feedback-published");
    }

    [GeneratedRegex(@"PA-\d{6}-[2-9A-Z]{6}")]
    private static partial Regex TrackingCode();
}
