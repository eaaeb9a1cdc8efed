using MotCua.Domain.Statistics;
using static MotCua.Domain.Tests.Statistics.Index766Fixture;

namespace MotCua.Domain.Tests.Statistics;

public class Index766CalculatorTests
{
    private static Func<Index766Indicator, Index766Input?> From(IReadOnlyDictionary<string, Index766Input> inputs) =>
        i => inputs.TryGetValue(i.Code, out var v) ? v : null;

    private static decimal Points(Index766Result result, string code) => result.Groups.Single(g => g.Group.Code == code).Score;

    [Fact]
    public void Inputs_chosen_for_the_published_shape_give_transparency_16_09_payment_10_satisfaction_17_93_and_total_90_62()
    {
        var result = Index766Calculator.Compute(Model2022(), From(Published2025));

        Assert.Equal(16.0902m, Points(result, "transparency"));
        Assert.Equal(16.09m, ThresholdScore.Display(Points(result, "transparency")));
        Assert.Equal(19.424m, Points(result, "progress"));
        Assert.Equal(11m, Points(result, "online"));
        Assert.Equal(10m, Points(result, "payment"));
        Assert.Equal(16.1758m, Points(result, "digitisation"));
        Assert.Equal(17.93m, ThresholdScore.Display(Points(result, "satisfaction")));
        Assert.Equal(90.62m, ThresholdScore.Display(result.Total));
    }

    [Fact]
    public void The_total_is_the_sum_of_exact_group_scores_not_of_rounded_ones()
    {
        // Three indicators of 1/3 point each round to 0.33, but the group earns exactly 1.
        var model = new Index766Model("t", new DateOnly(2022, 1, 1),
            [Group("g", 3, Admin("a", 1), Admin("b", 1), Admin("c", 1))]);
        var third = new Index766Input(1, 3);

        var result = Index766Calculator.Compute(model, _ => third);

        Assert.Equal(1m, ThresholdScore.Display(result.Total));
        Assert.All(result.Groups[0].Indicators, i => Assert.Equal(0.33m, ThresholdScore.Display(i.Score)));
    }

    [Fact]
    public void A_unit_with_nothing_to_measure_earns_full_points_by_default_and_is_marked_as_without_data()
    {
        // A commune that received no dossier in the month and had no feedback: nothing late, nothing unpaid, nobody
        // dissatisfied. Scoring it 0 would rank it below a commune that did its work badly.
        var empty = Index766Calculator.Compute(Model2022(), i => i.Source == Index766Source.Computed ? new Index766Input(0, 0) : Published2025[i.Code]);

        Assert.Equal(20m, Points(empty, "progress"));
        Assert.Equal(18m, Points(empty, "satisfaction"));
        Assert.All(empty.Groups.SelectMany(g => g.Indicators).Where(i => i.Indicator.Source == Index766Source.Computed), i => Assert.True(i.NoData));
    }

    [Fact]
    public void A_version_can_score_an_empty_denominator_as_zero_instead()
    {
        var empty = Index766Calculator.Compute(Model2022(Index766NoData.Zero), _ => new Index766Input(0, 0));

        Assert.Equal(0m, empty.Total);
    }

    [Fact]
    public void An_administrator_figure_never_entered_scores_zero_and_says_so()
    {
        var inputs = Published2025.Where(p => p.Key != "1.4").ToDictionary();

        var result = Index766Calculator.Compute(Model2022(), From(inputs));

        var sync = result.Groups.SelectMany(g => g.Indicators).Single(i => i.Indicator.Code == "1.4");
        Assert.True(sync.Missing);
        Assert.False(sync.NoData);
        Assert.Equal(0m, sync.Score);
        Assert.Equal(11.4m, Points(result, "transparency")); // 5.4 + 4 + 2 + 0
    }

    [Theory]
    // on time 2.1 (20 points, no threshold); online share 3.3 (6 points, threshold 50 %)
    [InlineData(9000, 10000, 2000, 10000, 18, 2.4)]   // 0.9 × 20; 0.2 × 6 / 0.5
    [InlineData(10000, 10000, 5000, 10000, 20, 6)]    // full; at the threshold
    [InlineData(0, 10, 9999, 10000, 0, 6)]            // none on time; above the threshold
    public void Group_scores_add_their_indicators(long onTime, long judged, long online, long received, double progress, double onlineShare)
    {
        var inputs = new Dictionary<string, Index766Input>(Published2025) { ["2.1"] = new(onTime, judged), ["3.3"] = new(online, received) };

        var result = Index766Calculator.Compute(Model2022(), From(inputs));

        Assert.Equal((decimal)progress, Points(result, "progress"));
        Assert.Equal(4m + 1m + (decimal)onlineShare, Points(result, "online"));
        Assert.Equal(result.Groups.Sum(g => g.Score), result.Total);
    }

    [Fact]
    public void Negative_counts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Index766Calculator.Compute(Model2022(), _ => new Index766Input(-1, 5)));
    }
}
