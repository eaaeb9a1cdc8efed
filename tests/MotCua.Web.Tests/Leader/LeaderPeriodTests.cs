using MotCua.Web.Features.Leader;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Leader;

public sealed class LeaderPeriodTests
{
    private static readonly DateTimeOffset Now = TestClock.Vn(2026, 4, 1, 0, 30); // still 31 March in UTC

    [Fact]
    public void Without_dates_the_period_is_the_current_month_in_Vietnam_so_far()
    {
        var parsed = LeaderPeriod.Parse(null, "", Now);

        Assert.Equal(new LeaderPeriod(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 1)), parsed.Period);
        Assert.Equal(TestClock.Vn(2026, 4, 1, 0, 0), parsed.Period.Start);
        Assert.Equal(TestClock.Vn(2026, 4, 2, 0, 0), parsed.Period.End);
        Assert.Null(parsed.FromError ?? parsed.ToError);
    }

    [Theory]
    [InlineData("2026-02-01", "2026-02-28", null, null)]
    [InlineData("2026-02-01", null, null, null)]
    [InlineData("2026-03-01", "2026-02-28", null, "periodEndBeforeStart")]
    [InlineData("01/02/2026", "2026-02-28", "periodInvalidDate", null)]
    [InlineData("2026-02-01", "2026-02-30", null, "periodInvalidDate")]
    public void Dates_are_read_as_ISO_days_and_a_wrong_one_is_reported_on_its_field(string? from, string? to, string? fromError, string? toError)
    {
        var parsed = LeaderPeriod.Parse(from, to, Now);

        Assert.Equal((fromError, toError), (parsed.FromError, parsed.ToError));
        if (fromError is null && toError is null)
        {
            Assert.Equal(new DateOnly(2026, 2, 1), parsed.Period.From);
            Assert.Equal(to is null ? new DateOnly(2026, 4, 1) : new DateOnly(2026, 2, 28), parsed.Period.To);
        }
        else
        {
            Assert.Equal(LeaderPeriod.ThisMonth(Now), parsed.Period);
        }
    }
}
