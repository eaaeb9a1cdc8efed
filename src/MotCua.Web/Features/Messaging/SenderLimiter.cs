using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace MotCua.Web.Features.Messaging;

/// <summary>
/// Per-sender limit of the bot (a phone number or a Zalo user), so nobody can walk dossier codes by message. Each app
/// node counts for itself: behind N nodes a sender gets at most N times the limit, still far from a useful guessing rate
/// with a 4-digit verifier that must match too.
/// </summary>
public sealed class SenderLimiter(IOptions<MessagingOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(sender =>
        RateLimitPartition.GetFixedWindowLimiter(sender, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.PerSenderPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }), StringComparer.Ordinal);

    public bool TryAcquire(string channel, string sender)
    {
        using var lease = limiter.AttemptAcquire(channel + ":" + sender);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
