using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Browser.Tests.Desk;
using MotCua.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace MotCua.Browser.Tests.Citizens;

/// <summary>A citizen on a phone registers, signs out and in again, and follows their dossier.</summary>
public sealed class CitizenJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_citizen_registers_signs_in_again_and_follows_their_dossier_on_a_phone()
    {
        const string email = "hoa.nguyen@example.vn";
        const string password = "Hoa-Nguyen-2026!";
        var page = await app.NewPageAsync(390, 844);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/cong-dan/dang-ky$"));

        await page.GetByLabel("Họ và tên").FillAsync("Nguyễn Thị Hoa");
        await page.GetByLabel("Email hoặc số điện thoại").FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync("short");
        await page.GetByLabel("Nhập lại mật khẩu").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký" }).ClickAsync();
        await Expect(page.Locator("#password-error")).ToContainTextAsync("Mật khẩu cần ít nhất 10 ký tự");
        await Expect(page.GetByLabel("Mật khẩu", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await page.CaptureAsync("citizen-register-errors");

        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Nhập lại mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/cong-dan/ho-so-cua-toi"));
        await Expect(page.Locator(".citizen-name")).ToHaveTextAsync("Nguyễn Thị Hoa");
        await page.CaptureAsync("citizen-my-dossiers-empty");

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập", Exact = true })).ToBeVisibleAsync();

        var code = await DeskPage.ReceiveAsync(app, "Nguyễn Thị Hoa", transfer: true);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
            var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            await db.Dossiers.Where(d => d.Code == code).ExecuteUpdateAsync(s => s.SetProperty(d => d.ApplicantUserId, id));
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await page.GetByLabel("Email hoặc số điện thoại").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync("Wrong-Password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Email/số điện thoại hoặc mật khẩu không đúng.");
        await page.CaptureAsync("citizen-sign-in");
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/cong-dan/ho-so-cua-toi$"));

        var dossier = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Cấp Phiếu lý lịch tư pháp") });
        await Expect(dossier).ToBeVisibleAsync();
        await Expect(page.Locator(".my-dossiers .badge").First).ToHaveTextAsync("Đang xử lý");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await page.CaptureAsync("citizen-my-dossiers");

        await dossier.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = code })).ToBeVisibleAsync();
        await Expect(page.Locator(".timeline li.done").First).ToContainTextAsync("Hoàn thành lúc");
        await Expect(page.GetByText("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp")).ToBeVisibleAsync();
        await page.CaptureAsync("citizen-dossier");

        await page.GetByRole(AriaRole.Link, new() { Name = "← Hồ sơ của tôi" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Thông tin cá nhân" }).ClickAsync();
        await page.GetByLabel("Số định danh cá nhân (CCCD)").FillAsync("075190005555");
        await page.GetByLabel("Zalo").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thông tin" }).ClickAsync();
        await Expect(page.Locator("#channels-error")).ToContainTextAsync("cần có số điện thoại");
        await page.GetByLabel("Số điện thoại liên hệ").FillAsync("0912 345 678");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thông tin" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu thông tin.");
        await Expect(page.GetByLabel("Số điện thoại liên hệ")).ToHaveValueAsync("0912345678");
        await page.CaptureAsync("citizen-profile");

        await page.GotoAsync("/can-bo");
        await Expect(page).ToHaveURLAsync(new Regex("/cong-dan/ho-so-cua-toi$"));
    }

    [Fact]
    public async Task A_citizen_who_registered_with_a_phone_asks_for_a_code_on_a_phone_and_is_shown_where_to_type_it()
    {
        var page = await app.NewPageAsync(390, 844);
        await page.GotoAsync("/cong-dan/dang-nhap");
        await page.GetByRole(AriaRole.Link, new() { Name = "Quên mật khẩu" }).ClickAsync();

        await page.GetByLabel("Email hoặc số điện thoại").FillAsync("0916 333 888");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi liên kết hoặc mã" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/cong-dan/dat-lai-mat-khau-sms\\?so=0916333888$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đặt lại mật khẩu bằng mã SMS");
        await Expect(page.GetByLabel("Số điện thoại")).ToHaveValueAsync("0916333888");
        await Expect(page.GetByLabel("Mã trong tin nhắn SMS")).ToBeFocusedAsync();
        await page.GetByLabel("Mã trong tin nhắn SMS").FillAsync("123456");
        await page.GetByLabel("Mật khẩu mới").FillAsync("Mat-Khau-Moi-2026");
        await page.GetByLabel("Nhập lại mật khẩu").FillAsync("Mat-Khau-Moi-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đặt mật khẩu mới" }).ClickAsync();

        await Expect(page.GetByText("Mã không đúng hoặc đã hết hạn", new() { Exact = false })).ToBeVisibleAsync();
        await page.CaptureAsync("citizen-reset-sms-code");
    }
}
