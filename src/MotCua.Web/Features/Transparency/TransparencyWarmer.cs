using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Transparency;

/// <summary>
/// Keeps the public front page's figures (this month, quarter and year: the overview and the Decision 766 index) in the
/// cache from start-up on, so neither the first visitor after a start nor the first after a quiet minute waits for their
/// computation. It asks again every four fifths of the cache lifetime, which is inside the last quarter of an entry's life:
/// the cache then recomputes ahead and keeps serving the old figures meanwhile. Off with Transparency:WarmUp=false.
/// </summary>
public sealed class TransparencyWarmer(IServiceScopeFactory scopes, TransparencyCache cache, TimeProvider clock, IConfiguration config,
    ILogger<TransparencyWarmer> log) : PeriodicWork(log)
{
    private static readonly PublicPeriodKind[] FrontPage = [PublicPeriodKind.Month, PublicPeriodKind.Quarter, PublicPeriodKind.Year];

    protected override TimeSpan? Period() => config.GetValue("Transparency:WarmUp", true) && cache.Lifetime > TimeSpan.Zero
        ? TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, cache.Lifetime.Ticks * 4 / 5))
        : null;

    protected override bool RunAtStart => true;

    /// <summary>A failed round only means the next visitor computes.</summary>
    protected override string FailureMessage => "Warming the public figures failed; retrying.";

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var data = scope.ServiceProvider.GetRequiredService<TransparencyData>();
        var today = TransparencyPeriods.Today(clock);
        foreach (var kind in FrontPage)
        {
            var period = TransparencyPeriods.Current(kind, today);
            await data.OverviewAsync(period);
            await data.IndexAsync(period);
        }
    }
}
