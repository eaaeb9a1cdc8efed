using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Features.Administration;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Administration;

/// <summary>Staff accounts through Identity: the password policy, lockout and roles are Identity's; every change is logged.</summary>
public abstract class StaffAdminTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private async Task<StaffCreateInput> NewOfficer(string email, string password = "Chuyen-Vien-2026")
    {
        var justice = await app.InDb(db => db.Agencies.Where(a => a.Code == "000.00.03.H19").Select(a => a.Id).SingleAsync());
        return new StaffCreateInput
        {
            Email = email, FullName = "Phạm Văn Mới", Title = "Chuyên viên", Phone = "0912 000 111", Password = password,
            Roles = new() { [StaffRoles.Specialist] = "true", [StaffRoles.UnitLeader] = "false" },
            Agencies = new() { [justice.ToString(System.Globalization.CultureInfo.InvariantCulture)] = "true" },
        };
    }

    private async Task<HttpStatusCode> SignIn(string email, string password)
    {
        using var client = app.CreateClient();
        return (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password })).StatusCode;
    }

    private async Task<HttpClient> BearerClient(string email, string password = "Chuyen-Vien-2026")
    {
        using var anonymous = app.CreateClient();
        var login = await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password })).Json(HttpStatusCode.OK);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", login.Str("accessToken"));
        return client;
    }

    private Task<string> IdOf(string email) => app.InDb(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task A_created_account_signs_in_with_its_roles_and_agency_and_the_log_never_holds_the_password()
    {
        var result = await app.AsAdmin<StaffAdmin>(async (admin, actor) => await admin.CreateAsync(await NewOfficer("moi.tuphap@demo.motcua.vn"), actor));

        Assert.True(result.Ok);
        Assert.Equal(HttpStatusCode.OK, await SignIn("moi.tuphap@demo.motcua.vn", "Chuyen-Vien-2026"));
        var entry = Assert.Single(await app.AuditOf(AdminEntities.Staff, "moi.tuphap@demo.motcua.vn"));
        Assert.Equal(AdminAuditAction.Create, entry.Action);
        Assert.DoesNotContain("Chuyen-Vien-2026", entry.Summary, StringComparison.Ordinal);
        var after = entry.Summary().GetProperty("after");
        Assert.Equal([StaffRoles.Specialist], after.GetProperty("Roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["000.00.03.H19"], after.GetProperty("Agencies").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_weak_password_a_taken_email_and_a_missing_role_are_each_reported_on_their_field()
    {
        var input = await NewOfficer(AdminHarness.AdminEmail, "short");
        input.Roles = [];

        var result = await app.AsAdmin<StaffAdmin>((admin, actor) => admin.CreateAsync(input, actor));

        Assert.Equal(["staff.emailTaken"], result.Keys(nameof(StaffCreateInput.Email)));
        Assert.Contains("identity.PasswordTooShort", result.Keys(nameof(StaffCreateInput.Password)));
        Assert.Equal(["staff.roleRequired"], result.Keys(nameof(StaffCreateInput.Roles)));
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in_until_unlocked_and_a_reset_password_replaces_the_old_one()
    {
        await app.AsAdmin<StaffAdmin>(async (admin, actor) => await admin.CreateAsync(await NewOfficer("khoa@demo.motcua.vn"), actor));
        var id = await IdOf("khoa@demo.motcua.vn");

        Assert.True((await app.AsAdmin<StaffAdmin>((admin, actor) => admin.SetLockedAsync(id, true, actor))).Ok);
        Assert.NotEqual(HttpStatusCode.OK, await SignIn("khoa@demo.motcua.vn", "Chuyen-Vien-2026"));

        Assert.True((await app.AsAdmin<StaffAdmin>((admin, actor) => admin.SetLockedAsync(id, false, actor))).Ok);
        Assert.True((await app.AsAdmin<StaffAdmin>((admin, actor) => admin.ResetPasswordAsync(id, "Mat-Khau-Moi-2026", actor))).Ok);
        Assert.NotEqual(HttpStatusCode.OK, await SignIn("khoa@demo.motcua.vn", "Chuyen-Vien-2026"));
        Assert.Equal(HttpStatusCode.OK, await SignIn("khoa@demo.motcua.vn", "Mat-Khau-Moi-2026"));

        var log = await app.AuditOf(AdminEntities.Staff, "khoa@demo.motcua.vn");
        Assert.Equal(4, log.Count);
        Assert.Equal("passwordReset", log[^1].Summary().Str("note"));
        Assert.DoesNotContain("Mat-Khau-Moi-2026", string.Concat(log.Select(e => e.Summary)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_agencies_and_counter_change_together_and_the_counter_must_be_at_one_of_the_agencies()
    {
        await app.AsAdmin<StaffAdmin>(async (admin, actor) => await admin.CreateAsync(await NewOfficer("chuyen@demo.motcua.vn"), actor));
        var id = await IdOf("chuyen@demo.motcua.vn");
        // A request as the officer makes the app remember their agencies (StaffScope keeps them for a while).
        using (var before = await BearerClient("chuyen@demo.motcua.vn"))
        {
            await (await before.GetAsync("/api/v1/dossiers/TN-999999")).Problem(HttpStatusCode.NotFound, "not-found");
        }
        var (center, counter) = await app.InDb(async db =>
        {
            var c = await db.Counters.Include(x => x.ReceptionPoint).FirstAsync(x => x.ReceptionPoint!.Code == Api.Center && x.Code == "Q01");
            return (c.ReceptionPointId, c.Id);
        });
        var move = new StaffAssignmentInput
        {
            Roles = new() { [StaffRoles.ReceptionOfficer] = "true" },
            Agencies = new() { ["1"] = "true" },
            CounterId = counter.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        var refused = await app.AsAdmin<StaffAdmin>((admin, actor) => admin.UpdateAssignmentAsync(id, move, actor));
        Assert.Equal(["staff.counterOutsideAgencies"], refused.Keys(nameof(StaffAssignmentInput.CounterId)));

        move.Agencies = new() { [center.ToString(System.Globalization.CultureInfo.InvariantCulture)] = "true" };
        Assert.True((await app.AsAdmin<StaffAdmin>((admin, actor) => admin.UpdateAssignmentAsync(id, move, actor))).Ok);

        // Roles travel in the token, so the officer signs in again; the new agency applies at once.
        using var officer = await BearerClient("chuyen@demo.motcua.vn");
        var receipt = await officer.Intake(Api.JudicialRecordIntake());
        Assert.StartsWith(Api.Center + "-", receipt.Str("code"));
        var change = (await app.AuditOf(AdminEntities.Staff, "chuyen@demo.motcua.vn"))[^1].Summary().GetProperty("after");
        Assert.Equal($"{Api.Center}/Q01", change.Str("Counter"));
    }

    [Fact]
    public async Task An_administrator_cannot_lock_themselves_out_or_drop_their_own_administrator_role()
    {
        var id = await IdOf(AdminHarness.AdminEmail);

        var locking = await app.AsAdmin<StaffAdmin>((admin, actor) => admin.SetLockedAsync(id, true, actor));
        var demoting = await app.AsAdmin<StaffAdmin>((admin, actor) => admin.UpdateAssignmentAsync(id,
            new StaffAssignmentInput { Roles = new() { [StaffRoles.Specialist] = "true" }, Agencies = new() { ["1"] = "true" } }, actor));

        Assert.Equal(["staff.notSelf"], locking.Keys(""));
        Assert.Equal(["staff.keepOwnAdmin"], demoting.Keys(nameof(StaffAssignmentInput.Roles)));
        Assert.Equal(HttpStatusCode.OK, await SignIn(AdminHarness.AdminEmail, MotCuaApp.DemoPassword));
    }
}

public sealed class StaffAdminOnSqlite(SqliteApp app) : StaffAdminTests<SqliteApp>(app);

public sealed class StaffAdminOnPostgres(PostgresApp app) : StaffAdminTests<PostgresApp>(app);
