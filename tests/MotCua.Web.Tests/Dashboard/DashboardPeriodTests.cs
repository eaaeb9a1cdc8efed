using MotCua.Web.Features.Dashboard;
using MotCua.Web.Features.Statistics;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Dashboard;

public sealed class DashboardPeriodTests
{
    private static readonly DateTimeOffset Now = TestClock.Vn(2026, 5, 20, 0, 30); // still 19 May in UTC

    [Theory]
    [InlineData(null, 2026, 5, 1)]
    [InlineData("thang", 2026, 5, 1)]
    [InlineData("quy", 2026, 4, 1)]
    [InlineData("nam", 2026, 1, 1)]
    [InlineData("NAM", 2026, 1, 1)]
    public void The_current_month_quarter_and_year_run_until_today_in_Vietnam(string? kind, int year, int month, int day)
    {
        var parsed = DashboardPeriod.Parse(kind, null, null, Now);

        Assert.True(parsed.IsValid);
        Assert.Equal(new StatPeriod(new DateOnly(year, month, day), new DateOnly(2026, 5, 20)), parsed.Value.Period);
    }

    [Fact]
    public void Dates_without_a_kind_are_a_custom_period()
    {
        var parsed = DashboardPeriod.Parse(null, "2025-01-01", "2025-12-31", Now);

        Assert.True(parsed.IsValid);
        Assert.Equal((PeriodKind.Custom, new StatPeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31))), (parsed.Value.Kind, parsed.Value.Period));
    }

    [Theory]
    [InlineData("tuan", null, null, "period.badKind", null, null)]
    [InlineData("tuy-chon", "2026-13-01", "2026-02-01", null, "period.invalidDate", null)]
    [InlineData("tuy-chon", "2026-02-01", "01/03/2026", null, null, "period.invalidDate")]
    [InlineData("tuy-chon", "", "2026-03-01", null, "period.invalidDate", null)]
    [InlineData(null, "2026-03-01", "2026-02-28", null, null, "period.endBeforeStart")]
    [InlineData(null, "2015-01-01", "2026-02-28", null, null, "period.tooLong")]
    public void A_wrong_period_is_reported_on_its_field_and_the_month_so_far_is_shown(string? kind, string? from, string? to, string? kindError, string? fromError, string? toError)
    {
        var parsed = DashboardPeriod.Parse(kind, from, to, Now);

        Assert.Equal((kindError, fromError, toError), (parsed.KindError, parsed.FromError, parsed.ToError));
        Assert.Equal(new StatPeriod(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 20)), parsed.Value.Period);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(7, 10)]
    [InlineData(12, 20)]
    [InlineData(23, 25)]
    [InlineData(97.12, 100)]
    [InlineData(340, 500)]
    [InlineData(1000, 1000)]
    public void The_value_axis_ends_on_a_round_number_at_or_above_the_largest_value(double max, double top) =>
        Assert.Equal((decimal)top, ChartScale.NiceMax((decimal)max));

    [Fact]
    public void Day_labels_are_thinned_so_that_they_do_not_overlap_but_the_last_is_always_written()
    {
        var shown = Enumerable.Range(0, 31).Where(i => ChartScale.ShowLabel(i, 31, 14)).ToList();

        Assert.Equal([0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30], shown);
        Assert.All(Enumerable.Range(0, 12), i => Assert.True(ChartScale.ShowLabel(i, 12, 14)));
    }

    [Fact]
    public void A_rate_is_written_with_its_numerator_and_denominator_in_the_readers_language()
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new("vi-VN");
            Assert.Equal("97,12 % (9.712/10.000)", StatisticsFormat.WithParts(new Ratio(9712, 10000)));
            Assert.Equal("— (0/0)", StatisticsFormat.WithParts(new Ratio(0, 0)));
            System.Globalization.CultureInfo.CurrentUICulture = new("en");
            Assert.Equal("97.12% (9,712/10,000)", StatisticsFormat.WithParts(new Ratio(9712, 10000)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }
}
