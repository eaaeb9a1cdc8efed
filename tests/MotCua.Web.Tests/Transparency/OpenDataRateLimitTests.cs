using System.Net;
using MotCua.Web.Data;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Transparency;

/// <summary>The open-data endpoints share the public endpoints' per-client limit (RateLimits:PublicLookupPerMinute).</summary>
public sealed class OpenDataRateLimitTests(OpenDataRateLimitTests.LimitedApp app) : IClassFixture<OpenDataRateLimitTests.LimitedApp>
{
    public sealed class LimitedApp() : MotCuaApp(DatabaseProvider.Sqlite)
    {
        protected override int PublicLookupPerMinute => 2;
    }

    [Fact]
    public async Task A_client_past_the_public_limit_gets_429_with_retry_after()
    {
        using var client = app.CreateClient();
        const string url = "/api/v1/public/statistics?from=2026-03-01&to=2026-03-02";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        using var refused = await client.GetAsync("/api/v1/public/index766?from=2026-03-01&to=2026-03-02");
        await refused.Problem(HttpStatusCode.TooManyRequests, "too-many-requests");
        Assert.Equal("60", refused.Headers.RetryAfter?.ToString());
    }
}
