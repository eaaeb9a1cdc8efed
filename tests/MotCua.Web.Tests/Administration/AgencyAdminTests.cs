using Microsoft.EntityFrameworkCore;
using MotCua.Web.Features.Administration;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Administration;

/// <summary>Agencies: created with a QCVN 102 code, ended with a successor, never deleted once dossiers refer to them.</summary>
public abstract class AgencyAdminTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private static AgencyInput NewDepartment(string code) => new()
    {
        Code = code, Name = "Sở Thử nghiệm", NameEn = "Test Department", Kind = nameof(AgencyKind.Department), Level = nameof(AgencyLevel.Province),
        ParentCode = "000.00.00.H19", EffectiveFrom = "2026-01-01", Phone = "0251 3822 000",
    };

    private async Task<AgencyInput> Current(string code) =>
        AgencyInput.From(await app.InDb(db => db.Agencies.Include(a => a.Parent).Include(a => a.Successor).SingleAsync(a => a.Code == code)));

    [Theory]
    [InlineData("000.00.16")]
    [InlineData("000-00-16-H19")]
    [InlineData("000.00.16.h19")]
    [InlineData("000.00.19.H19")]
    public async Task A_new_agency_needs_a_free_QCVN_102_code(string code)
    {
        var result = await app.AsAdmin<AgencyAdmin>((admin, actor) => admin.SaveAsync(null, NewDepartment(code), actor));

        Assert.Equal([code == "000.00.19.H19" ? "agency.codeTaken" : "agency.codeFormat"], result.Keys(nameof(AgencyInput.Code)));
        Assert.Empty(await app.AuditOf(AdminEntities.Agency, code));
    }

    [Fact]
    public async Task An_agency_is_created_audited_and_listed_by_the_API_at_once()
    {
        var result = await app.AsAdmin<AgencyAdmin>((admin, actor) => admin.SaveAsync(null, NewDepartment("000.00.16.H19"), actor));

        Assert.True(result.Ok);
        using var client = app.CreateClient();
        var listed = await client.Get("/api/v1/agencies?on=2026-03-02");
        Assert.Contains("000.00.16.H19", listed.EnumerateArray().Select(a => a.Str("code")));
        var entry = Assert.Single(await app.AuditOf(AdminEntities.Agency, "000.00.16.H19"));
        Assert.Equal(AdminAuditAction.Create, entry.Action);
        Assert.Equal("Sở Thử nghiệm", entry.Summary().GetProperty("after").Str("Name"));
    }

    [Fact]
    public async Task An_edit_records_only_the_fields_it_changed_and_a_refused_or_empty_edit_records_nothing()
    {
        const string code = "000.00.10.H19";
        var input = await Current(code);
        input.Phone = "0251 3999 999";

        Assert.True((await app.AsAdmin<AgencyAdmin>((admin, actor) => admin.SaveAsync(code, input, actor))).Ok);
        Assert.True((await app.AsAdmin<AgencyAdmin>((admin, actor) => admin.SaveAsync(code, input, actor))).Ok);
        input.EffectiveTo = "2020-01-01";
        Assert.False((await app.AsAdmin<AgencyAdmin>((admin, actor) => admin.SaveAsync(code, input, actor))).Ok);

        var entry = Assert.Single(await app.AuditOf(AdminEntities.Agency, code));
        Assert.Equal(AdminAuditAction.Update, entry.Action);
        Assert.False(string.IsNullOrEmpty(entry.ActorId));
        var summary = entry.Summary();
        Assert.Equal(["Phone"], summary.GetProperty("after").EnumerateObject().Select(p => p.Name));
        Assert.Equal("0251 3999 999", summary.GetProperty("after").Str("Phone"));
        Assert.Equal(["Phone"], summary.GetProperty("before").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task An_agency_that_dossiers_refer_to_is_never_deleted_but_ended_with_a_successor()
    {
        using var reception = await app.ClientFor(Api.Reception);
        var dossier = await reception.Intake(Api.JudicialRecordIntake());
        var police = Api.Police;

        var delete = await app.AsAdmin<AgencyAdmin>((admin, actor) => admin.DeleteAsync(police, actor));
        Assert.Equal(["agency.deleteHasDossiers"], delete.Keys(""));

        var ending = await Current(police);
        ending.EffectiveTo = "2026-06-30";
        var withoutSuccessor = await app.AsAdmin<AgencyAdmin>((admin, actor) => admin.SaveAsync(police, ending, actor));
        Assert.Equal(["agency.successorRequired"], withoutSuccessor.Keys(nameof(AgencyInput.SuccessorCode)));

        var successor = new AgencyInput
        {
            Code = "000.00.17.H19", Name = "Công an tỉnh (mới)", NameEn = "Provincial Police (new)", Kind = nameof(AgencyKind.Sector),
            Level = nameof(AgencyLevel.Province), ParentCode = "000.00.00.H19", EffectiveFrom = "2026-07-01",
        };
        Assert.True((await app.AsAdmin<AgencyAdmin>((admin, actor) => admin.SaveAsync(null, successor, actor))).Ok);
        ending.SuccessorCode = "000.00.17.H19";
        var ended = await app.AsAdmin<AgencyAdmin>((admin, actor) => admin.SaveAsync(police, ending, actor));
        Assert.True(ended.Ok, string.Join(", ", ended.Errors.SelectMany(e => e.Value.Select(m => e.Key + ":" + m.Key))));

        using var client = app.CreateClient();
        Assert.Contains(police, (await client.Get("/api/v1/agencies?on=2026-06-30")).EnumerateArray().Select(a => a.Str("code")));
        Assert.DoesNotContain(police, (await client.Get("/api/v1/agencies?on=2026-07-01")).EnumerateArray().Select(a => a.Str("code")));
        var all = (await client.Get("/api/v1/agencies?on=all")).EnumerateArray().Single(a => a.Str("code") == police);
        Assert.Equal("000.00.17.H19", all.Str("successorCode"));
        Assert.Equal("2026-06-30", all.Str("effectiveTo"));
        Assert.Equal(police, (await reception.Get($"/api/v1/dossiers/{dossier.Str("code")}")).Str("competentAgencyCode"));
        Assert.Equal(["agency.deleteHasDossiers"], (await app.AsAdmin<AgencyAdmin>((admin, actor) => admin.DeleteAsync(police, actor))).Keys(""));
        Assert.True(await app.InDb(db => db.Agencies.AnyAsync(a => a.Code == police)));
    }

    [Fact]
    public async Task A_successor_must_be_in_effect_the_day_after_the_agency_ends()
    {
        var ending = await Current("000.00.11.H19");
        ending.EffectiveTo = "2026-06-30";
        ending.SuccessorCode = "000.00.15.H19"; // Sở Kế hoạch và Đầu tư, itself ended on 28 February 2025

        var result = await app.AsAdmin<AgencyAdmin>((admin, actor) => admin.SaveAsync("000.00.11.H19", ending, actor));

        Assert.Equal(["agency.successorNotInEffect"], result.Keys(nameof(AgencyInput.SuccessorCode)));
    }

    [Fact]
    public async Task An_agency_nothing_refers_to_can_be_deleted_and_the_deletion_is_audited()
    {
        Assert.True((await app.AsAdmin<AgencyAdmin>((admin, actor) => admin.SaveAsync(null, NewDepartment("000.00.18.H19"), actor))).Ok);

        var result = await app.AsAdmin<AgencyAdmin>((admin, actor) => admin.DeleteAsync("000.00.18.H19", actor));

        Assert.True(result.Ok);
        Assert.False(await app.InDb(db => db.Agencies.AnyAsync(a => a.Code == "000.00.18.H19")));
        Assert.Equal([AdminAuditAction.Create, AdminAuditAction.Delete], (await app.AuditOf(AdminEntities.Agency, "000.00.18.H19")).Select(e => e.Action));
    }

    [Fact]
    public async Task A_counter_code_is_unique_within_its_reception_point()
    {
        var input = new CounterInput { Code = "Q77", Name = "Quầy 77", NameEn = "Counter 77", Fields = new() { ["HT"] = "true", ["CT"] = "false" } };

        var first = await app.AsAdmin<CounterAdmin>((admin, actor) => admin.SaveAsync(Api.Center, null, input, actor));
        var again = await app.AsAdmin<CounterAdmin>((admin, actor) => admin.SaveAsync(Api.Center, null, input, actor));
        var elsewhere = await app.AsAdmin<CounterAdmin>((admin, actor) => admin.SaveAsync(Api.TranBien, null, input, actor));

        Assert.True(first.Ok);
        Assert.Equal(["counter.codeTaken"], again.Keys(nameof(CounterInput.Code)));
        Assert.True(elsewhere.Ok);
        using var client = app.CreateClient();
        var q77 = (await client.Get($"/api/v1/agencies/{Api.TranBien}/counters")).EnumerateArray().Single(c => c.Str("code") == "Q77");
        Assert.Equal(["HT"], q77.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Single(await app.AuditOf(AdminEntities.Counter, $"{Api.TranBien}/Q77"));
    }
}

public sealed class AgencyAdminOnSqlite(SqliteApp app) : AgencyAdminTests<SqliteApp>(app);

public sealed class AgencyAdminOnPostgres(PostgresApp app) : AgencyAdminTests<PostgresApp>(app);
