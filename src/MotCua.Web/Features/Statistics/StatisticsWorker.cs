using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Statistics;

/// <summary>
/// Runs <see cref="StatisticsRollup.CatchUpAsync"/> every few seconds on every node (only one catches up at a time; the
/// others skip the round), so figures follow the dossiers within seconds. Off with Statistics:BackgroundEnabled=false.
/// </summary>
public sealed class StatisticsWorker(IServiceScopeFactory scopes, IConfiguration config, ILogger<StatisticsWorker> log) : PeriodicWork(log)
{
    protected override TimeSpan? Period()
    {
        if (!config.GetValue("Statistics:BackgroundEnabled", true))
        {
            log.LogInformation("Statistics catch-up is off (Statistics:BackgroundEnabled=false).");
            return null;
        }
        return TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Statistics:CatchUpSeconds", 3)));
    }

    protected override string FailureMessage => "Statistics catch-up failed; retrying.";

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<StatisticsRollup>().CatchUpAsync(ct);
    }
}
