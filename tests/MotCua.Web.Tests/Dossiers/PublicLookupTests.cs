using System.Net;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Dossiers;

public abstract class PublicLookupTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    [Fact]
    public async Task The_public_sees_status_procedure_due_date_and_steps_but_no_personal_data()
    {
        app.Clock.Set(TestClock.Vn(2026, 6, 1, 9, 0));
        var reception = await app.ClientFor(Reception);
        var code = (await reception.Intake(JudicialRecordIntake(phone: "0912345678"))).Str("code");
        await reception.ActOk(code, "transfer");
        using var anonymous = app.CreateClient();

        var response = await anonymous.GetAsync($"/api/v1/public/dossiers/{code}?verify=5678");
        var text = await response.Content.ReadAsStringAsync();
        var json = await response.Json(HttpStatusCode.OK);

        Assert.Equal("InProcessing", json.Str("status"));
        Assert.Equal(JudicialRecord, json.Str("procedureCode"));
        Assert.Equal(4, json.GetProperty("steps").GetArrayLength());
        foreach (var secret in new[] { "Nguyễn Văn An", "075090001234", "0912345678", "an@example.vn", "Trấn Biên" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_code_and_a_wrong_verifier_get_the_same_404()
    {
        app.Clock.Set(TestClock.Vn(2026, 6, 2, 9, 0));
        var reception = await app.ClientFor(Reception);
        var code = (await reception.Intake(JudicialRecordIntake(phone: "0912345678"))).Str("code");
        using var anonymous = app.CreateClient();

        var wrong = await anonymous.GetAsync($"/api/v1/public/dossiers/{code}?verify=0000");
        var unknown = await anonymous.GetAsync($"/api/v1/public/dossiers/{Center}-260602-9998?verify=5678");
        var missing = await anonymous.GetAsync($"/api/v1/public/dossiers/{code}");

        var a = await wrong.Problem(HttpStatusCode.NotFound, "not-found");
        var b = await unknown.Problem(HttpStatusCode.NotFound, "not-found");
        await missing.Problem(HttpStatusCode.NotFound, "not-found");
        // Everything but the trace id is the same: nothing tells a wrong verifier from an unknown code.
        static string WithoutTrace(System.Text.Json.JsonElement e) =>
            string.Join(";", e.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}"));
        Assert.Equal(WithoutTrace(a), WithoutTrace(b));
    }
}

public sealed class PublicLookupOnSqlite(SqliteApp app) : PublicLookupTests<SqliteApp>(app);

public sealed class PublicLookupOnPostgres(PostgresApp app) : PublicLookupTests<PostgresApp>(app);

/// <summary>Guessing codes must be slow: the public lookup is limited per client.</summary>
public sealed class RateLimitedApp() : MotCuaApp(Web.Data.DatabaseProvider.Sqlite)
{
    protected override int PublicLookupPerMinute => 5;
}

public sealed class PublicLookupRateLimit(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task The_public_lookup_is_rate_limited()
    {
        using var anonymous = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await anonymous.GetAsync($"/api/v1/public/dossiers/{Center}-260602-0001?verify=1234")).StatusCode);
        }
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.NotFound));
        var limited = await anonymous.GetAsync($"/api/v1/public/dossiers/{Center}-260602-0001?verify=1234");
        await limited.Problem(HttpStatusCode.TooManyRequests, "too-many-requests");
    }
}
