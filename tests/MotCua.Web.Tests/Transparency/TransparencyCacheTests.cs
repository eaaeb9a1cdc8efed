using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;
using static MotCua.Web.Tests.Transparency.TransparencyScenario;

namespace MotCua.Web.Tests.Transparency;

/// <summary>
/// The public figures are kept a minute (the page says when they were computed), and are fresh after that. A class of its
/// own: it adds a dossier, which the scenario's other tests must not see.
/// </summary>
public abstract class TransparencyCacheTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    [Fact]
    public async Task Figures_are_served_from_the_cache_for_a_minute_and_are_fresh_after_it()
    {
        await ForAsync(app);
        using var client = app.CreateClient();
        const string url = "/api/v1/public/statistics?" + March + "&agency=" + Police;
        async Task<long> Received() => (await client.Get(url)).GetProperty("total").GetProperty("received").GetInt64();
        Assert.Equal(4, await Received());
        var page = await client.GetStringAsync("/cong-khai?" + March);
        Assert.Contains("cập nhật lúc 10:00", page);

        app.Clock.Set(Now.AddSeconds(20));
        var reception = await app.ClientFor(Reception);
        await reception.Intake(Judicial());
        await CatchUpAsync(app);
        Assert.Equal(4, await Received());

        app.Clock.Set(Now.AddSeconds(61));
        Assert.Equal(5, await Received());
        app.Clock.Set(Now.AddMinutes(2));
        page = await client.GetStringAsync("/cong-khai?" + March);
        Assert.Contains("cập nhật lúc 10:02", page);
    }
}

public sealed class TransparencyCacheOnSqlite(SqliteApp app) : TransparencyCacheTests<SqliteApp>(app);

public sealed class TransparencyCacheOnPostgres(PostgresApp app) : TransparencyCacheTests<PostgresApp>(app);
