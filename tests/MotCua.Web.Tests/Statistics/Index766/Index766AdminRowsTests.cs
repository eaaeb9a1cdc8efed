using MotCua.Web.Features.Statistics;
using MotCua.Web.Features.Statistics.Index766;
using static MotCua.Web.Tests.Statistics.Index766.Index766Scenario;

namespace MotCua.Web.Tests.Statistics.Index766;

public class Index766AdminRowsTests
{
    private static readonly DateOnly Jul1 = new(2025, 7, 1);
    private static readonly StatPeriod July = new(Jul1, new DateOnly(2025, 7, 31));
    private static readonly StatPeriod Year = new(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));

    private static readonly List<Index766AdminInput> Rows =
    [
        Row("1.2", 10, 20, from: Jul1, to: new(2025, 7, 31)),
        Row("1.2", 30, 40, from: new(2025, 8, 1), to: new(2025, 8, 31)),
        Row("1.2", 1, 2, unit: 7, from: new(2025, 1, 1), to: new(2025, 12, 31)),
        Row("1.3", 90, 100, from: new(2025, 1, 1), to: new(2025, 12, 31)),
        Row("1.4", 5, 10, from: new(2025, 6, 15), to: new(2025, 7, 15)),
    ];

    [Fact]
    public void Rows_inside_the_period_are_added_up()
    {
        Assert.Equal(new Ratio(40, 60), Index766AdminRows.Resolve(Rows, "1.2", null, Q3));
        Assert.Equal(new Ratio(10, 20), Index766AdminRows.Resolve(Rows, "1.2", null, July));
    }

    [Fact]
    public void A_row_covering_the_whole_period_stands_for_it()
    {
        Assert.Equal(new Ratio(90, 100), Index766AdminRows.Resolve(Rows, "1.3", null, July));
        Assert.Equal(new Ratio(1, 2), Index766AdminRows.Resolve(Rows, "1.2", 7, July));
    }

    [Fact]
    public void A_unit_without_its_own_row_takes_the_province_figure()
    {
        Assert.Equal(new Ratio(90, 100), Index766AdminRows.Resolve(Rows, "1.3", 7, Q3));
        Assert.Equal(new Ratio(10, 20), Index766AdminRows.Resolve(Rows, "1.2", 8, July));
    }

    [Fact]
    public void A_row_that_only_partly_overlaps_the_period_is_not_used_and_nothing_else_means_not_entered()
    {
        Assert.Null(Index766AdminRows.Resolve(Rows, "1.4", null, July));
        Assert.Null(Index766AdminRows.Resolve(Rows, "1.1", 7, Year));
    }
}
