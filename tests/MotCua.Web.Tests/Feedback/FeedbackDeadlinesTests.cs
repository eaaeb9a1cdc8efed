using MotCua.Web.Features.Feedback;

namespace MotCua.Web.Tests.Feedback;

public sealed class FeedbackDeadlinesTests
{
    private static readonly FeedbackDeadlineSet Dvcqg = new() { EffectiveFrom = new(2018, 1, 1), RefuseDays = 2, AskInformationDays = 5, ResolveDays = 15, PublishDays = 2 };
    private static readonly FeedbackDeadlineSet Shorter = new() { EffectiveFrom = new(2027, 1, 1), RefuseDays = 1, AskInformationDays = 3, ResolveDays = 10, PublishDays = 1 };

    [Fact]
    public void The_set_in_force_on_the_day_the_clock_starts_applies()
    {
        Assert.Same(Dvcqg, FeedbackDeadlines.Pick([Shorter, Dvcqg], new(2026, 12, 31)));
        Assert.Same(Shorter, FeedbackDeadlines.Pick([Shorter, Dvcqg], new(2027, 1, 1)));
    }

    [Fact]
    public void A_day_before_every_configured_set_is_an_error_not_a_silent_default() =>
        Assert.Throws<InvalidOperationException>(() => FeedbackDeadlines.Pick([Shorter], new(2026, 6, 1)));
}
