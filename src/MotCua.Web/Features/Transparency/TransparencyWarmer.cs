namespace MotCua.Web.Features.Transparency;

/// <summary>
/// Keeps the public front page's figures (this month, quarter and year: the overview and the Decision 766 index) in the
/// cache from start-up on, so neither the first visitor after a start nor the first after a quiet minute waits for their
/// computation. It asks again every four fifths of the cache lifetime, which is inside the last quarter of an entry's life:
/// the cache then recomputes ahead and keeps serving the old figures meanwhile. Off with Transparency:WarmUp=false.
/// </summary>
public sealed class TransparencyWarmer(IServiceScopeFactory scopes, TransparencyCache cache, TimeProvider clock, IConfiguration config,
    ILogger<TransparencyWarmer> log) : BackgroundService
{
    private static readonly PublicPeriodKind[] FrontPage = [PublicPeriodKind.Month, PublicPeriodKind.Quarter, PublicPeriodKind.Year];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue("Transparency:WarmUp", true) || cache.Lifetime <= TimeSpan.Zero)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, cache.Lifetime.Ticks * 4 / 5)));
        do
        {
            try
            {
                await WarmAsync();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed round (database restarting) only means the next visitor computes: try again next tick.
            catch (Exception e)
#pragma warning restore CA1031
            {
                log.LogWarning(e, "Warming the public figures failed; retrying.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task WarmAsync()
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
