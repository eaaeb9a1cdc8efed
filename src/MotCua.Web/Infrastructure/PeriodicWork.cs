namespace MotCua.Web.Infrastructure;

/// <summary>
/// A round of work every period on each node, for as long as the app runs: a failed round (database restarting, disk
/// unavailable) is logged and tried again at the next tick, and stopping the app ends the loop quietly.
/// </summary>
public abstract class PeriodicWork(ILogger log) : BackgroundService
{
    /// <summary>How often a round runs; null when the work is off in this process (read once, at start).</summary>
    protected abstract TimeSpan? Period();

    /// <summary>Whether the first round runs at start rather than one period later.</summary>
    protected virtual bool RunAtStart => false;

    /// <summary>What the log says when a round fails.</summary>
    protected abstract string FailureMessage { get; }

    protected abstract Task RunOnceAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Period() is not { } every)
        {
            return;
        }
        using var timer = new PeriodicTimer(every);
        if (!RunAtStart && !await WaitAsync(timer, stoppingToken))
        {
            return;
        }
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(e, "{Failure}", FailureMessage);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
