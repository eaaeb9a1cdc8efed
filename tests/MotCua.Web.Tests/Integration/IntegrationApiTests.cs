using System.Globalization;
using System.Net;
using System.Text;
using MotCua.Web.Infrastructure;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Integration;

/// <summary>Calls of the integration API are signed with the client's secret and a timestamp, and accepted once.</summary>
public abstract class IntegrationApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : IntegrationApp
{
    private HttpRequestMessage Signed(HttpMethod method, string pathAndQuery, string body = "", string? secret = null, long? timestamp = null,
        string clientId = IntegrationApp.ClientId, string? signedPath = null)
    {
        var ts = (timestamp ?? app.Clock.GetUtcNow().ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(method, pathAndQuery);
        if (method != HttpMethod.Get)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        request.Headers.Add("X-Api-Key", clientId);
        request.Headers.Add("X-Timestamp", ts);
        request.Headers.Add("X-Signature", Signatures.Request(secret ?? IntegrationApp.Secret, ts, method.Method, signedPath ?? pathAndQuery, body));
        return request;
    }

    private async Task<string> ReceivedDossierAsync(DateTimeOffset at)
    {
        app.Clock.Set(at);
        return (await (await app.ClientFor(Reception)).Intake(JudicialRecordIntake())).Str("code");
    }

    [Fact]
    public async Task The_portal_reads_a_dossiers_status_with_a_signed_call()
    {
        var code = await ReceivedDossierAsync(TestClock.Vn(2026, 5, 4, 9, 0));
        using var client = app.CreateClient();

        var status = await (await client.SendAsync(Signed(HttpMethod.Get, $"/api/v1/integration/dossiers/{code}"))).Json(HttpStatusCode.OK);

        Assert.Equal(code, status.Str("code"));
        Assert.Equal(code, status.Str("reference"));
        Assert.Equal("Accepted", status.Str("status"));
        Assert.Equal(TestClock.Vn(2026, 5, 18, 17, 0), status.Time("dueAt"));
        Assert.EndsWith($"/tra-cuu?ma={Uri.EscapeDataString(code)}", status.Str("lookupUrl"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_signed_call_is_accepted_once_even_when_two_copies_arrive_together()
    {
        var code = await ReceivedDossierAsync(TestClock.Vn(2026, 5, 5, 9, 0));
        using var client = app.CreateClient();
        var url = $"/api/v1/integration/dossiers/{code}";
        var ts = app.Clock.GetUtcNow().ToUnixTimeSeconds();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.SendAsync(Signed(HttpMethod.Get, url, timestamp: ts))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await refused.Problem(HttpStatusCode.Unauthorized, "integration-replayed");
        }
        // A new call (a new timestamp) is a new signature: accepted.
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Signed(HttpMethod.Get, url))).StatusCode);
    }

    [Fact]
    public async Task A_wrong_secret_another_path_an_old_timestamp_or_an_unknown_key_is_refused()
    {
        var code = await ReceivedDossierAsync(TestClock.Vn(2026, 5, 6, 9, 0));
        using var client = app.CreateClient();
        var url = $"/api/v1/integration/dossiers/{code}";
        var old = app.Clock.GetUtcNow().AddMinutes(-6).ToUnixTimeSeconds();

        await (await client.SendAsync(Signed(HttpMethod.Get, url, secret: "guessed"))).Problem(HttpStatusCode.Unauthorized, "webhook-signature-invalid");
        await (await client.SendAsync(Signed(HttpMethod.Get, url, signedPath: "/api/v1/integration/dossiers/other")))
            .Problem(HttpStatusCode.Unauthorized, "webhook-signature-invalid");
        await (await client.SendAsync(Signed(HttpMethod.Get, url, timestamp: old))).Problem(HttpStatusCode.Unauthorized, "integration-stale-timestamp");
        await (await client.SendAsync(Signed(HttpMethod.Get, url, clientId: "someone"))).Problem(HttpStatusCode.Unauthorized, "integration-unknown-client");
        using var unsigned = new HttpRequestMessage(HttpMethod.Get, url);
        await (await client.SendAsync(unsigned)).Problem(HttpStatusCode.Unauthorized, "integration-unknown-client");
    }
}

public sealed class IntegrationApiOnSqlite(SqliteIntegrationApp app) : IntegrationApiTests<SqliteIntegrationApp>(app);

public sealed class IntegrationApiOnPostgres(PostgresIntegrationApp app) : IntegrationApiTests<PostgresIntegrationApp>(app);
