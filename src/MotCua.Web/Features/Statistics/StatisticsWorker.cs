namespace MotCua.Web.Features.Statistics;

/// <summary>
/// Runs <see cref="StatisticsRollup.CatchUpAsync"/> every few seconds on every node (only one catches up at a time; the
/// others skip the round), so figures follow the dossiers within seconds. Off with Statistics:BackgroundEnabled=false.
/// </summary>
public sealed class StatisticsWorker(IServiceScopeFactory scopes, IConfiguration config, ILogger<StatisticsWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue("Statistics:BackgroundEnabled", true))
        {
            log.LogInformation("Statistics catch-up is off (Statistics:BackgroundEnabled=false).");
            return;
        }
        var every = TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Statistics:CatchUpSeconds", 3)));
        using var timer = new PeriodicTimer(every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<StatisticsRollup>().CatchUpAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The loop must survive a failed round (database restarting, deadlock): it retries next tick.
            catch (Exception e)
#pragma warning restore CA1031
            {
                log.LogWarning(e, "Statistics catch-up failed; retrying.");
            }
        }
    }
}
