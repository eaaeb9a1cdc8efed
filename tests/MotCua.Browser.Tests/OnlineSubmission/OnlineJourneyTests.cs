using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Browser.Tests.Desk;
using MotCua.Web.Data;
using MotCua.Web.Features.Citizens;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MotCua.Browser.Tests.OnlineSubmission;

/// <summary>A citizen on a phone submits online with an upload; the reception officer checks and accepts it.</summary>
public sealed class OnlineJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly byte[] Pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private async Task<string> CitizenAsync(string fullName)
    {
        var email = $"citizen-{Guid.NewGuid():N}@example.vn";
        using var scope = app.Services.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(CitizenRoles.Citizen)) await roles.CreateAsync(new IdentityRole(CitizenRoles.Citizen));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = fullName, PhoneNumber = "0987654321" };
        Assert.True((await users.CreateAsync(user, MotCuaApp.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, CitizenRoles.Citizen)).Succeeded);
        return email;
    }

    [Fact]
    public async Task A_citizen_submits_on_a_phone_the_officer_accepts_and_the_citizen_sees_the_code()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 2, 8, 30));
        var email = await CitizenAsync("Phạm Thị Lan");
        var phone = await app.SignedInPageAsync(email, 390, 844);
        await phone.GotoAsync("/cong-dan/nop-ho-so/" + Api.JudicialRecord);
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Nộp hồ sơ trực tuyến" })).ToBeVisibleAsync();
        await Expect(phone.GetByLabel("Họ và tên / Tên tổ chức")).ToHaveValueAsync("Phạm Thị Lan");
        await phone.GetByLabel("Số định danh cá nhân (CCCD) / Mã số thuế").FillAsync("075190001111");
        await phone.GetByLabel("Địa chỉ").FillAsync("Phường Trấn Biên, tỉnh Đồng Nai");

        // A web page named .pdf is refused, next to its slot.
        var slots = phone.GetByLabel("Chọn tệp (PDF, JPEG, PNG)");
        await slots.Nth(0).SetInputFilesAsync(new FilePayload { Name = "to-khai.pdf", MimeType = "application/pdf", Buffer = "<html></html>"u8.ToArray() });
        await phone.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await Expect(phone.Locator("#slot-TP01-error")).ToContainTextAsync("không phải PDF, JPEG hay PNG");
        await phone.CaptureAsync("online-apply-error-phone");

        await phone.GetByLabel("Chọn tệp (PDF, JPEG, PNG)").Nth(0).SetInputFilesAsync(new FilePayload { Name = "to-khai.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await phone.GetByLabel("Chọn tệp (PDF, JPEG, PNG)").Nth(1).SetInputFilesAsync(new FilePayload { Name = "cccd.png", MimeType = "image/png", Buffer = Png });
        await phone.CaptureAsync("online-apply-phone");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Nộp hồ sơ" }).ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex(@"/cong-dan/ho-so-truc-tuyen/\d+"));
        await Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã nộp hồ sơ");
        await Expect(phone.Locator("#dossier-code")).ToHaveTextAsync("Chưa cấp (cấp khi tiếp nhận)");
        await phone.CaptureAsync("online-submitted-phone");
        var dossierUrl = phone.Url.Split('?')[0];

        var officer = await app.SignedInPageAsync(Api.Reception);
        await officer.GotoAsync("/can-bo/tiep-nhan/truc-tuyen");
        await officer.CaptureAsync("online-queue");
        await officer.Locator("table a[href^='/can-bo/tiep-nhan/truc-tuyen/']").First.ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Kiểm tra hồ sơ trực tuyến" })).ToBeVisibleAsync();
        await Expect(officer.GetByRole(AriaRole.Link, new() { Name = "to-khai.pdf" })).ToBeVisibleAsync();
        await officer.CaptureAsync("online-check");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận hồ sơ" }).ClickAsync();
        await Expect(officer).ToHaveURLAsync(new Regex("/can-bo/tiep-nhan/ket-qua/"));
        var code = (await officer.Locator(".dossier-code").TextContentAsync())!.Trim();
        Assert.Matches(@"^000\.00\.19\.H19-260302-\d{4}$", code);

        await phone.GotoAsync(dossierUrl);
        await Expect(phone.Locator("#dossier-code")).ToHaveTextAsync(code);
        await Expect(phone.Locator("#due-at")).Not.ToHaveTextAsync("—");
        await phone.CaptureAsync("online-accepted-phone");
    }
}
