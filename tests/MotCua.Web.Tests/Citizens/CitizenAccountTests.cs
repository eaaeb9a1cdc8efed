using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Citizens;
using MotCua.Web.Features.Citizens.Pages;
using MotCua.Web.Tests.Notifications;
using Microsoft.AspNetCore.Hosting;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Citizens;

/// <summary>Citizen accounts over HTTP, as a phone browser without JavaScript uses them, on SQLite and PostgreSQL.</summary>
public abstract class CitizenAccountTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    [Fact]
    public async Task Registering_with_an_email_signs_in_a_citizen_who_holds_no_staff_role()
    {
        using var citizen = await CitizenSession.RegisterAsync(app, "binh.tran@example.vn", "Trần Thị Bình");

        var home = await citizen.GetAsync("/cong-dan/ho-so-cua-toi?moi=1");
        Assert.Contains("class=\"citizen-name\"", home);
        Assert.Contains("Trần Thị Bình", home);
        Assert.DoesNotContain("/can-bo/tim-ho-so", home);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync("binh.tran@example.vn");
        Assert.NotNull(user);
        Assert.Equal([CitizenRoles.Citizen], await users.GetRolesAsync(user));
        var profile = await scope.ServiceProvider.GetRequiredService<CitizenProfiles>().GetAsync(user.Id);
        Assert.Equal("Trần Thị Bình", profile?.FullName);
        Assert.Equal("binh.tran@example.vn", profile?.Email);
    }

    [Theory]
    [InlineData("+84 913 000 101", "0913.000.101")]
    [InlineData("0913-000-102", "+84913000102")]
    public async Task A_phone_is_kept_as_0xxxxxxxxx_and_signs_in_however_it_is_spelled(string registered, string typed)
    {
        using (await CitizenSession.RegisterAsync(app, registered, "Lê Văn Cường"))
        {
        }
        var normalised = "0" + new string(registered.Where(char.IsAsciiDigit).ToArray())[^9..];
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
            var user = await db.Users.SingleAsync(u => u.PhoneNumber == normalised);
            Assert.Equal(normalised, user.UserName);
            Assert.Null(user.Email);
        }

        using var again = CitizenSession.Anonymous(app);
        var response = await again.SignInFormAsync(typed);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CitizenAccess.HomePath, CitizenSession.Location(response));
        Assert.Contains("Lê Văn Cường", await again.GetAsync(CitizenAccess.HomePath));
    }

    [Fact]
    public async Task A_taken_email_or_phone_and_a_weak_password_are_refused_beside_their_fields()
    {
        using (await CitizenSession.RegisterAsync(app, "an.taken@example.vn"))
        {
        }
        using (await CitizenSession.RegisterAsync(app, "0914000201"))
        {
        }
        using var someone = CitizenSession.Anonymous(app);

        var email = await CitizenSession.Html(await someone.RegisterFormAsync("AN.TAKEN@example.vn"));
        Assert.Matches("id=\"identifier-error\" class=\"field-error\"[^>]*>Email này đã được dùng cho một tài khoản", email);
        Assert.Matches("<input id=\"identifier\"[^>]*aria-invalid=\"true\"", email);
        Assert.Contains("value=\"AN.TAKEN@example.vn\"", email);

        var phone = await CitizenSession.Html(await someone.RegisterFormAsync("+84 914 000 201"));
        Assert.Matches("id=\"identifier-error\" class=\"field-error\"[^>]*>Số điện thoại này đã được dùng", phone);

        var weak = await CitizenSession.Html(await someone.RegisterFormAsync("new.one@example.vn", password: "short"));
        Assert.Matches("id=\"password-error\" class=\"field-error\"[^>]*>[^<]*Mật khẩu cần ít nhất 10 ký tự", weak);
        var mismatch = await CitizenSession.Html(await someone.RegisterFormAsync("new.two@example.vn", confirm: "Other-Password-1"));
        Assert.Matches("id=\"confirm-password-error\" class=\"field-error\"[^>]*>Hai lần nhập mật khẩu không khớp", mismatch);
        var nonsense = await CitizenSession.Html(await someone.RegisterFormAsync("12345"));
        Assert.Matches("id=\"identifier-error\" class=\"field-error\"[^>]*>Nhập một địa chỉ email hoặc số điện thoại", nonsense);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        Assert.Equal(1, await db.Users.CountAsync(u => u.NormalizedEmail == "AN.TAKEN@EXAMPLE.VN"));
        Assert.False(await db.Users.AnyAsync(u => u.Email == "new.one@example.vn" || u.Email == "new.two@example.vn"));
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_and_an_unknown_user_gets_the_same_answer_as_a_wrong_password()
    {
        using (await CitizenSession.RegisterAsync(app, "locked@example.vn"))
        {
        }
        using var browser = CitizenSession.Anonymous(app);

        var unknown = await CitizenSession.Html(await browser.SignInFormAsync("nobody@example.vn", "Wrong-Password-1"));
        var wrong = await CitizenSession.Html(await browser.SignInFormAsync("locked@example.vn", "Wrong-Password-1"));
        Assert.Equal(AlertOf(unknown), AlertOf(wrong));
        Assert.Equal("Email/số điện thoại hoặc mật khẩu không đúng.", AlertOf(wrong));

        for (var i = 2; i <= 5; i++)
        {
            await browser.SignInFormAsync("locked@example.vn", "Wrong-Password-" + i);
        }
        var locked = await browser.SignInFormAsync("locked@example.vn");
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.StartsWith("Tài khoản tạm khóa 15 phút", AlertOf(await CitizenSession.Html(locked)));
    }

    [Fact]
    public async Task The_password_is_reset_with_the_link_the_outbox_carries_and_the_reset_lifts_a_lockout()
    {
        using (await CitizenSession.RegisterAsync(app, "reset.me@example.vn", "Phạm Văn Dũng"))
        {
        }
        using var browser = CitizenSession.Anonymous(app);
        for (var i = 1; i <= 5; i++)
        {
            await browser.SignInFormAsync("reset.me@example.vn", "Wrong-Password-" + i);
        }

        var forgot = await browser.GetAsync("/cong-dan/quen-mat-khau");
        var sent = await CitizenSession.Html(await browser.PostAsync("/cong-dan/quen-mat-khau", forgot,
            new() { ["_handler"] = "citizen-forgot", ["Input.Email"] = "Reset.Me@example.vn" }));
        var unknown = await CitizenSession.Html(await browser.PostAsync("/cong-dan/quen-mat-khau", forgot,
            new() { ["_handler"] = "citizen-forgot", ["Input.Email"] = "not.registered@example.vn" }));
        Assert.Contains("liên kết đặt lại mật khẩu đã được gửi", sent);
        Assert.Equal(StatusOf(sent), StatusOf(unknown));

        JsonElement payload;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
            var messages = await db.OutboxMessages.Where(m => m.Topic == CitizenTopics.PasswordReset).ToListAsync();
            Assert.DoesNotContain(messages, m => m.Payload.Contains("not.registered", StringComparison.Ordinal));
            payload = JsonDocument.Parse(Assert.Single(messages, m => m.Payload.Contains("reset.me@example.vn", StringComparison.Ordinal)).Payload).RootElement.Clone();
        }
        Assert.Equal("reset.me@example.vn", payload.Str("recipient"));
        Assert.Equal("vi", payload.Str("language"));
        var link = new Uri(payload.Str("link"));
        Assert.Equal("/cong-dan/dat-lai-mat-khau", link.AbsolutePath);

        var form = await browser.GetAsync(link.PathAndQuery);
        var tampered = await CitizenSession.Html(await browser.PostAsync(link.PathAndQuery, form, new()
        {
            ["_handler"] = "citizen-reset",
            ["Input.User"] = CounterSessionValue(form, "Input.User"),
            ["Input.Token"] = "bm90LWEtdG9rZW4",
            ["Input.Password"] = "Mat-Khau-Moi-2026",
            ["Input.ConfirmPassword"] = "Mat-Khau-Moi-2026",
        }));
        Assert.Contains("Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn", tampered);

        var done = await browser.PostAsync(link.PathAndQuery, form, new()
        {
            ["_handler"] = "citizen-reset",
            ["Input.User"] = CounterSessionValue(form, "Input.User"),
            ["Input.Token"] = CounterSessionValue(form, "Input.Token"),
            ["Input.Password"] = "Mat-Khau-Moi-2026",
            ["Input.ConfirmPassword"] = "Mat-Khau-Moi-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("/cong-dan/dang-nhap?dat-lai=1", CitizenSession.Location(done));

        using var later = CitizenSession.Anonymous(app);
        Assert.Equal(HttpStatusCode.OK, (await later.SignInFormAsync("reset.me@example.vn")).StatusCode);
        var signedIn = await later.SignInFormAsync("reset.me@example.vn", "Mat-Khau-Moi-2026");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var reused = await browser.PostAsync(link.PathAndQuery, form, new()
        {
            ["_handler"] = "citizen-reset",
            ["Input.User"] = CounterSessionValue(form, "Input.User"),
            ["Input.Token"] = CounterSessionValue(form, "Input.Token"),
            ["Input.Password"] = "Mat-Khau-Khac-2026",
            ["Input.ConfirmPassword"] = "Mat-Khau-Khac-2026",
        });
        Assert.Contains("không hợp lệ hoặc đã hết hạn", await CitizenSession.Html(reused));
    }

    [Fact]
    public async Task A_staff_account_cannot_sign_in_as_a_citizen_nor_open_citizen_pages()
    {
        using var browser = CitizenSession.Anonymous(app);
        var asCitizen = await browser.SignInFormAsync(Api.Reception, MotCuaApp.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, asCitizen.StatusCode);
        Assert.Equal("Email/số điện thoại hoặc mật khẩu không đúng.", AlertOf(await CitizenSession.Html(asCitizen)));

        using var officer = await ReceptionCounter.CounterSession.SignInAsync(app, Api.Reception);
        var mine = await officer.Client.GetAsync(CitizenAccess.HomePath);
        Assert.Equal(HttpStatusCode.Redirect, mine.StatusCode);
        Assert.Equal("/can-bo", CitizenSession.Location(mine));
    }

    [Fact]
    public async Task A_visitor_asked_to_sign_in_on_a_citizen_page_gets_the_citizens_sign_in_page()
    {
        using var visitor = CitizenSession.Anonymous(app);
        var response = await visitor.Client.GetAsync("/cong-dan/thong-tin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/cong-dan/dang-nhap?ReturnUrl=%2Fcong-dan%2Fthong-tin", CitizenSession.Location(response));
        var staff = await visitor.Client.GetAsync("/can-bo/tim-ho-so");
        Assert.StartsWith("/dang-nhap", CitizenSession.Location(staff));
    }

    [Fact]
    public async Task Saved_details_are_checked_kept_for_the_submission_form_and_rename_the_header()
    {
        using var citizen = await CitizenSession.RegisterAsync(app, "profile@example.vn", "Võ Thị Em");
        var page = await citizen.GetAsync("/cong-dan/thong-tin");
        Assert.Equal("Võ Thị Em", ReceptionCounter.CounterSession.InputValue(page, "Input.FullName"));
        Dictionary<string, string> Fields(string idNumber, string phone) => new()
        {
            ["_handler"] = "citizen-profile",
            ["Input.FullName"] = "Võ Thị Em Hồng",
            ["Input.IdNumber"] = idNumber,
            ["Input.DateOfBirth"] = "1990-05-17",
            ["Input.Address"] = "Phường Trấn Biên, tỉnh Đồng Nai",
            ["Input.Phone"] = phone,
            ["Input.Email"] = "profile@example.vn",
            ["Input.Language"] = "en",
            ["Input.NotifyByZalo"] = "true",
            ["Input.NotifyByEmail"] = "true",
        };

        var wrong = await CitizenSession.Html(await citizen.PostAsync("/cong-dan/thong-tin", page, Fields("12345", "")));
        Assert.Matches("id=\"id-number-error\" class=\"field-error\"[^>]*>Số định danh gồm 12 chữ số", wrong);
        Assert.Matches("id=\"channels-error\" class=\"field-error\"[^>]*>Nhận tin qua SMS hoặc Zalo cần có số điện thoại", wrong);
        Assert.Equal("Phường Trấn Biên, tỉnh Đồng Nai", ReceptionCounter.CounterSession.InputValue(wrong, "Input.Address"));

        var saved = await citizen.PostAsync("/cong-dan/thong-tin", page, Fields("075190004444", "+84 915 000 301"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var scope = app.Services.CreateScope();
        var id = await scope.ServiceProvider.GetRequiredService<MotCuaDb>().Users.Where(u => u.Email == "profile@example.vn").Select(u => u.Id).SingleAsync();
        var profile = await scope.ServiceProvider.GetRequiredService<CitizenProfiles>().GetAsync(id);
        Assert.NotNull(profile);
        Assert.Equal(("Võ Thị Em Hồng", "075190004444", new DateOnly(1990, 5, 17), "0915000301", "en"),
            (profile.FullName, profile.IdNumber, profile.DateOfBirth, profile.Phone, profile.Language));
        Assert.Equal((false, true, true), (profile.NotifyBySms, profile.NotifyByZalo, profile.NotifyByEmail));
        Assert.Contains("Võ Thị Em Hồng", await citizen.GetAsync(CitizenAccess.HomePath));
    }

    [Fact]
    public async Task A_phone_only_account_resets_its_password_with_the_code_the_sms_gateway_carried()
    {
        await using var sms = new FakeGateway("/sms/send");
        sms.Respond = (_, _) => Microsoft.AspNetCore.Http.Results.Json(new { CodeResult = "100", SMSID = "sms-reset" });
        await using var instance = app.Instance().WithWebHostBuilder(b =>
        {
            b.UseSetting("Notifications:Sms:Url", sms.Url + "/sms/send");
            b.UseSetting("Notifications:Sms:ApiKey", "key");
            b.UseSetting("Notifications:Sms:SecretKey", "secret");
            b.UseSetting("Notifications:Sms:Brandname", "DONGNAI.GOV");
        });
        await instance.SettleEarlierMessagesAsync();
        using (await CitizenSession.RegisterAsync(app, "0916 222 777", "Đỗ Văn Sáu"))
        {
        }
        using var browser = CitizenSession.Anonymous(app);

        var forgot = await browser.GetAsync("/cong-dan/quen-mat-khau");
        var asked = await browser.PostAsync("/cong-dan/quen-mat-khau", forgot,
            new() { ["_handler"] = "citizen-forgot", ["Input.Email"] = "0916222777" });
        var unknown = await browser.PostAsync("/cong-dan/quen-mat-khau", forgot,
            new() { ["_handler"] = "citizen-forgot", ["Input.Email"] = "0916222999" });
        // Both numbers lead to the code page: the page does not tell who is registered.
        Assert.Equal("/cong-dan/dat-lai-mat-khau-sms?so=0916222777", CitizenSession.Location(asked));
        Assert.Equal("/cong-dan/dat-lai-mat-khau-sms?so=0916222999", CitizenSession.Location(unknown));

        await instance.Dispatcher().DrainAsync();
        var text = Assert.Single(sms.Calls).Body;
        Assert.Equal("84916222777", text.GetProperty("Phone").GetString());
        var content = text.GetProperty("Content").GetString()!;
        var code = System.Text.RegularExpressions.Regex.Match(content, @"\b(\d{6})\b").Groups[1].Value;
        Assert.StartsWith("MotCua: ma dat lai mat khau", content, StringComparison.Ordinal);

        var page = await browser.GetAsync(CitizenSession.Location(asked)!);
        Assert.Equal("0916222777", CounterSessionValue(page, "Input.Phone"));
        Dictionary<string, string> Form(string typed) => new()
        {
            ["_handler"] = "citizen-reset-code", ["Input.Phone"] = "0916222777", ["Input.Code"] = typed,
            ["Input.Password"] = "Mat-Khau-Sms-2026", ["Input.ConfirmPassword"] = "Mat-Khau-Sms-2026",
        };
        var wrong = await CitizenSession.Html(await browser.PostAsync(CitizenResetWithCode.Path, page, Form(code == "000000" ? "111111" : "000000")));
        Assert.Contains("Mã không đúng hoặc đã hết hạn", wrong);

        var done = await browser.PostAsync(CitizenResetWithCode.Path, page, Form(code));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("/cong-dan/dang-nhap?dat-lai=1", CitizenSession.Location(done));
        using var later = CitizenSession.Anonymous(app);
        Assert.Equal(HttpStatusCode.Redirect, (await later.SignInFormAsync("0916222777", "Mat-Khau-Sms-2026")).StatusCode);
        // The new password changed the account's stamp: the same code does not work twice.
        var again = await CitizenSession.Html(await browser.PostAsync(CitizenResetWithCode.Path, page, Form(code)));
        Assert.Contains("Mã không đúng hoặc đã hết hạn", again);
    }

    private static string AlertOf(string html) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "role=\"alert\"[^>]*>([^<]*)<").Groups[1].Value);

    private static string StatusOf(string html) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "role=\"status\"[^>]*>([^<]*)<").Groups[1].Value);

    private static string CounterSessionValue(string page, string name) =>
        ReceptionCounter.CounterSession.InputValue(page, name) ?? throw new InvalidOperationException("No input " + name);
}

public sealed class CitizenAccountsOnSqlite(SqliteApp app) : CitizenAccountTests<SqliteApp>(app);

public sealed class CitizenAccountsOnPostgres(PostgresApp app) : CitizenAccountTests<PostgresApp>(app);
