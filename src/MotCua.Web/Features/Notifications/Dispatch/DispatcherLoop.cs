using Microsoft.Extensions.Options;
using MotCua.Web.Features.Notifications.Channels;

namespace MotCua.Web.Features.Notifications.Dispatch;

/// <summary>
/// The dispatcher in the app process (ARCHITECTURE.md decision 6): a round every poll interval, at once again while rounds
/// come back full. Says at start-up which channels are on and which are off for want of configuration.
/// </summary>
public sealed class DispatcherLoop(
    OutboxDispatcher dispatcher,
    IOptions<NotificationOptions> options,
    IEnumerable<INotificationChannel> channels,
    ILogger<DispatcherLoop> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var channel in channels)
        {
            if (channel.IsConfigured)
            {
                log.LogInformation("Notification channel {Channel} is on", channel.Name);
            }
            else
            {
                log.LogWarning("Notification channel {Channel} is off: it is not configured", channel.Name);
            }
        }
        var o = options.Value;
        if (!o.DispatcherEnabled)
        {
            log.LogInformation("Outbox dispatcher is off in this process (Notifications:DispatcherEnabled=false)");
            return;
        }
        log.LogInformation("Outbox dispatcher {Instance} polls every {Seconds} s", dispatcher.Instance, o.PollSeconds);
        var poll = TimeSpan.FromSeconds(Math.Max(0.05, o.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var round = await dispatcher.DispatchOnceAsync(stoppingToken);
                if (round.Claimed >= o.BatchSize)
                {
                    continue;
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be down for a moment; the next round tries again, and the leases keep nothing lost.
                log.LogError(e, "Outbox dispatch round failed");
            }
            try
            {
                await Task.Delay(poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
