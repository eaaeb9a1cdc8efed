using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Audit;

public abstract class AuditTrailTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    [Fact]
    public async Task Changing_an_audit_entry_in_the_database_is_detected()
    {
        app.Clock.Set(TestClock.Vn(2026, 7, 1, 9, 0));
        var reception = await app.ClientFor(Reception);
        var code = (await reception.Intake(JudicialRecordIntake())).Str("code");
        await reception.ActOk(code, "transfer", new { note = "Chuyển Công an tỉnh" });
        Assert.True((await reception.Get($"/api/v1/dossiers/{code}/audit/verify")).GetProperty("valid").GetBoolean());

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
            var id = await db.Dossiers.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
            await db.AuditEntries.Where(e => e.DossierId == id && e.Sequence == 1)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorName, "Người khác"));
        }

        var verification = await reception.Get($"/api/v1/dossiers/{code}/audit/verify");
        Assert.False(verification.GetProperty("valid").GetBoolean());
        Assert.Equal(1, verification.GetProperty("firstBrokenSequence").GetInt32());
        Assert.Equal("content-changed", verification.Str("problem"));
    }

    [Fact]
    public async Task Deleting_the_last_audit_entry_is_detected()
    {
        app.Clock.Set(TestClock.Vn(2026, 7, 2, 9, 0));
        var reception = await app.ClientFor(Reception);
        var code = (await reception.Intake(JudicialRecordIntake())).Str("code");
        await reception.ActOk(code, "transfer");

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
            var id = await db.Dossiers.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
            await db.AuditEntries.Where(e => e.DossierId == id && e.Sequence == 2).ExecuteDeleteAsync();
        }

        var verification = await reception.Get($"/api/v1/dossiers/{code}/audit/verify");
        Assert.False(verification.GetProperty("valid").GetBoolean());
        Assert.Equal("head-mismatch", verification.Str("problem"));
    }
}

public sealed class AuditTrailOnSqlite(SqliteApp app) : AuditTrailTests<SqliteApp>(app);

public sealed class AuditTrailOnPostgres(PostgresApp app) : AuditTrailTests<PostgresApp>(app);
