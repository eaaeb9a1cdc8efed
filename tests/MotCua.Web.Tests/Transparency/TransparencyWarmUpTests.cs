using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Transparency;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Transparency;

/// <summary>The app with the warm-up of the public figures on (it is off for the other tests, whose clock it would race).</summary>
public sealed class WarmUpApp() : MotCuaApp(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Transparency:WarmUp", "true");
    }
}

/// <summary>The front page's figures are computed at start-up, before anyone asks: the first visitor is served from the cache.</summary>
public sealed class TransparencyWarmUpTests(WarmUpApp app) : IClassFixture<WarmUpApp>
{
    [Fact]
    public async Task The_month_quarter_and_year_figures_are_in_the_cache_before_the_first_visit()
    {
        using var client = app.CreateClient();
        var cache = app.Services.GetRequiredService<TransparencyCache>();
        var today = TransparencyPeriods.Today(app.Clock);
        var keys = new[] { PublicPeriodKind.Month, PublicPeriodKind.Quarter, PublicPeriodKind.Year }
            .Select(kind => TransparencyPeriods.Current(kind, today))
            .SelectMany(p => new[] { TransparencyData.Key("overview", p, null), TransparencyData.Key("index", p, null) })
            .ToList();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!keys.All(cache.Holds) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.All(keys, key => Assert.True(cache.Holds(key), $"not warmed: {key}"));

        // Served from what the warm-up computed: a dossier received since is not in it until the cache's minute is over.
        var month = TransparencyPeriods.Current(PublicPeriodKind.Month, today);
        var url = $"/api/v1/public/statistics?from={month.From:yyyy-MM-dd}&to={month.To:yyyy-MM-dd}";
        async Task<long> Received() => (await client.Get(url)).GetProperty("total").GetProperty("received").GetInt64();
        var warmed = await Received();
        var reception = await app.ClientFor(Reception);
        await reception.Intake(TransparencyScenario.Judicial());
        await TransparencyScenario.CatchUpAsync(app);
        Assert.Equal(warmed, await Received());
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(warmed + 1, await Received());
    }
}
