using MotCua.Web.Features.Notifications.Dispatch;

namespace MotCua.Web.Tests.Notifications;

public sealed class BackoffTests
{
    [Theory]
    [InlineData(1, 15, 30)]
    [InlineData(2, 30, 60)]
    [InlineData(3, 60, 120)]
    [InlineData(10, 3600, 3600 * 2)]
    [InlineData(40, 3600, 3600 * 2)]
    public void The_wait_after_n_failures_is_between_half_and_all_of_the_doubled_base_capped(int failures, double min, double max)
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            Assert.InRange(Backoff.Delay(failures, baseSeconds: 30, maxSeconds: 7200, random).TotalSeconds, min, max);
        }
    }

    [Fact]
    public void The_jitter_spreads_messages_that_failed_together()
    {
        var random = new Random(11);
        var delays = Enumerable.Range(0, 100).Select(_ => Backoff.Delay(3, 30, 7200, random)).Distinct().Count();
        Assert.True(delays > 90, $"{delays} distinct waits of 100");
    }
}
