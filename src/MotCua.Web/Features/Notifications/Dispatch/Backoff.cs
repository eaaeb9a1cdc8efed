namespace MotCua.Web.Features.Notifications.Dispatch;

/// <summary>
/// Exponential backoff with "equal jitter": after the n-th failed round the wait is between half and all of
/// base·2^(n-1) (capped). The doubling spares a provider that is down; the jitter keeps the messages that failed together
/// (one outage) from all coming back in the same second. Each wait is at least the longest possible previous one.
/// </summary>
public static class Backoff
{
    public static TimeSpan Delay(int failedRounds, double baseSeconds, double maxSeconds, Random random)
    {
        var exponent = Math.Min(Math.Max(failedRounds, 1) - 1, 30);
        var full = Math.Min(baseSeconds * Math.Pow(2, exponent), maxSeconds);
        return TimeSpan.FromSeconds(full / 2 + random.NextDouble() * full / 2);
    }
}
