using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Citizens;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Citizens;

/// <summary>"My dossiers" and the staff boundary, over HTTP on SQLite and PostgreSQL.</summary>
public abstract partial class MyDossiersTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    [Fact]
    public async Task My_dossiers_lists_only_the_citizens_own_dossiers_newest_first_with_status_and_due_date()
    {
        app.Clock.Set(TestClock.Vn(2026, 4, 6, 9, 0));
        var reception = await app.ClientFor(Reception);
        var older = (await reception.Intake(JudicialRecordIntake(phone: "0912100001"))).Str("code");
        await reception.ActOk(older, "transfer");
        app.Clock.Set(TestClock.Vn(2026, 4, 7, 9, 0));
        var newer = (await reception.Intake(JudicialRecordIntake(phone: "0912100002"))).Str("code");
        var others = (await reception.Intake(JudicialRecordIntake(phone: "0912100003"))).Str("code");
        var nobodys = (await reception.Intake(JudicialRecordIntake(phone: "0912100004"))).Str("code");
        // Signed in after the clock moved: a session idle for a day has ended.
        using var binh = await CitizenSession.RegisterAsync(app, "binh.owner@example.vn", "Trần Thị Bình");
        using var cuong = await CitizenSession.RegisterAsync(app, "cuong.other@example.vn", "Lê Văn Cường");
        await OwnAsync("binh.owner@example.vn", older, newer);
        await OwnAsync("cuong.other@example.vn", others);

        var page = await binh.GetAsync(CitizenAccess.HomePath);

        Assert.Equal([newer, older], DossierLinks().Matches(page).Select(m => Uri.UnescapeDataString(m.Groups[1].Value)).ToArray());
        Assert.DoesNotContain(others, page);
        Assert.DoesNotContain(nobodys, page);
        Assert.Contains("Đang xử lý", page);
        Assert.Contains("Đã tiếp nhận", page);
        Assert.Contains("Hẹn trả kết quả", page);
        Assert.Contains("Cấp Phiếu lý lịch tư pháp", page);
        Assert.Contains(others, await cuong.GetAsync(CitizenAccess.HomePath));
    }

    [Fact]
    public async Task The_owner_sees_steps_documents_and_result_and_another_citizen_gets_404()
    {
        app.Clock.Set(TestClock.Vn(2026, 4, 8, 9, 0));
        using var owner = await CitizenSession.RegisterAsync(app, "owner.detail@example.vn");
        using var stranger = await CitizenSession.RegisterAsync(app, "stranger@example.vn");
        var reception = await app.ClientFor(Reception);
        var code = (await reception.Intake(JudicialRecordIntake(phone: "0912100005"))).Str("code");
        await reception.ActOk(code, "transfer");
        await (await app.ClientFor(PoliceSpecialist)).ActOk(code, "request-supplement", new { items = new[] { "Bản sao sổ hộ khẩu" }, reason = "Thiếu giấy tờ cư trú" });
        await OwnAsync("owner.detail@example.vn", code);
        var url = "/cong-dan/ho-so-cua-toi/" + Uri.EscapeDataString(code);

        var page = await owner.GetAsync(url);
        Assert.Contains(code, page);
        Assert.Contains("Chờ bổ sung", page);
        Assert.Contains("Bản sao sổ hộ khẩu", page);
        Assert.Contains("Tiếp nhận", page);
        Assert.Contains("Hoàn thành lúc", page);
        Assert.Contains("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", page);
        Assert.Contains("Phiếu lý lịch tư pháp", page);

        var refused = await stranger.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Không tìm thấy hồ sơ", html);
        Assert.DoesNotContain("Bản sao sổ hộ khẩu", html);
        var unknown = await stranger.Client.GetAsync("/cong-dan/ho-so-cua-toi/000.00.19.H19-260408-9999");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_citizen_holds_no_staff_role_and_is_refused_every_staff_page_and_the_staff_api()
    {
        app.Clock.Set(TestClock.Vn(2026, 4, 9, 9, 0));
        using var citizen = await CitizenSession.RegisterAsync(app, "no.staff@example.vn");
        var code = (await (await app.ClientFor(Reception)).Intake(JudicialRecordIntake(phone: "0912100006"))).Str("code");
        await OwnAsync("no.staff@example.vn", code);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
            var id = await db.Users.Where(u => u.Email == "no.staff@example.vn").Select(u => u.Id).SingleAsync();
            var roles = await db.UserRoles.Where(r => r.UserId == id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
            Assert.Equal([CitizenRoles.Citizen], roles);
            Assert.Empty(await db.StaffAgencies.Where(s => s.UserId == id).ToListAsync());
        }

        foreach (var url in new[] { "/can-bo", "/can-bo/tim-ho-so", "/can-bo/ho-so", "/can-bo/ho-so/" + code, "/can-bo/tai-khoan", "/can-bo/lanh-dao",
                     "/can-bo/tiep-nhan", "/can-bo/quan-tri" })
        {
            var response = await citizen.Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url}: {(int)response.StatusCode}");
            Assert.Equal(CitizenAccess.HomePath, CitizenSession.Location(response));
        }
        // Even their own dossier through the staff API, with the same cookie.
        var api = await citizen.Client.GetAsync($"/api/v1/dossiers/{code}");
        await api.Problem(HttpStatusCode.Forbidden, "role-not-allowed");
        await (await citizen.Client.GetAsync($"/api/v1/dossiers/{code}/audit")).Problem(HttpStatusCode.Forbidden, "role-not-allowed");
    }

    private async Task OwnAsync(string email, params string[] codes)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        await db.Dossiers.Where(d => codes.Contains(d.Code)).ExecuteUpdateAsync(s => s.SetProperty(d => d.ApplicantUserId, id));
    }

    [GeneratedRegex("href=\"/cong-dan/ho-so-cua-toi/([^\"]+)\"")]
    private static partial Regex DossierLinks();
}

public sealed class MyDossiersOnSqlite(SqliteApp app) : MyDossiersTests<SqliteApp>(app);

public sealed class MyDossiersOnPostgres(PostgresApp app) : MyDossiersTests<PostgresApp>(app);
