using MotCua.Web.Features.Statistics;

namespace MotCua.Web.Tests.Statistics;

public sealed class StatPeriodTests
{
    [Theory]
    [InlineData("2026-03-01", "2026-03-31", null)]
    [InlineData("2026-3-1", "2026-03-31", StatPeriod.InvalidDate)]
    [InlineData("2026-02-30", "2026-03-31", StatPeriod.InvalidDate)]
    [InlineData(null, "2026-03-31", StatPeriod.InvalidDate)]
    [InlineData("2026-03-31", "2026-03-01", StatPeriod.EndBeforeStart)]
    [InlineData("2020-01-01", "2025-01-01", null)]
    [InlineData("2020-01-01", "2025-01-02", StatPeriod.TooLong)]
    public void Periods_are_parsed_with_stable_error_codes(string? from, string? to, string? expected)
    {
        var ok = StatPeriod.TryParse(from, to, out var period, out var code);
        Assert.Equal(expected, code);
        Assert.Equal(expected is null, ok);
        if (ok)
        {
            Assert.Equal((DateOnly.Parse(from!, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to!, System.Globalization.CultureInfo.InvariantCulture)), (period.From, period.To));
        }
    }

    [Fact]
    public void A_period_starts_and_ends_at_midnight_in_Vietnam()
    {
        var q = StatPeriod.Quarter(2026, 1);
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), (q.From, q.To));
        Assert.Equal(new DateTimeOffset(2025, 12, 31, 17, 0, 0, TimeSpan.Zero), q.Start);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 17, 0, 0, TimeSpan.Zero), q.End);
        Assert.Equal(new DateOnly(2026, 2, 28), StatPeriod.Month(2026, 2).To);
        Assert.Equal(new DateOnly(2026, 12, 31), StatPeriod.Year(2026).To);
    }

    [Fact]
    public void A_period_is_cut_at_calendar_boundaries_with_partial_ends()
    {
        var pieces = new StatPeriod(new DateOnly(2026, 2, 15), new DateOnly(2026, 7, 10)).Split(TrendStep.Quarter);
        Assert.Equal(
            [new StatPeriod(new DateOnly(2026, 2, 15), new DateOnly(2026, 3, 31)), new StatPeriod(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)),
             new StatPeriod(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 10))],
            pieces);
        Assert.Equal(6, new StatPeriod(new DateOnly(2026, 2, 15), new DateOnly(2026, 7, 10)).Split(TrendStep.Month).Count);
        Assert.Equal(146, new StatPeriod(new DateOnly(2026, 2, 15), new DateOnly(2026, 7, 10)).Split(TrendStep.Day).Count);
    }
}
