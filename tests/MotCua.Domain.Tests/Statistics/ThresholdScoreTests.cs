using MotCua.Domain.Statistics;

namespace MotCua.Domain.Tests.Statistics;

public class ThresholdScoreTests
{
    [Theory]
    // threshold 80 %, 4 points: below, at, above
    [InlineData("0.6", "4", "0.8", "3")]        // 0.6 × 4 / 0.8
    [InlineData("0.79", "4", "0.8", "3.95")]    // 0.79 × 4 / 0.8
    [InlineData("0.8", "4", "0.8", "4")]
    [InlineData("0.95", "4", "0.8", "4")]
    // threshold 50 % (3.3), 6 points
    [InlineData("0.25", "6", "0.5", "3")]
    [InlineData("0.5", "6", "0.5", "6")]
    // threshold 90 % (5.4), 6 points
    [InlineData("0.45", "6", "0.9", "3")]
    [InlineData("0", "6", "0.9", "0")]
    public void Below_the_threshold_the_score_is_ratio_times_points_over_threshold_and_full_from_it(string ratio, string points, string threshold, string expected)
    {
        Assert.Equal(decimal.Parse(expected, Inv), ThresholdScore.Score(decimal.Parse(ratio, Inv), decimal.Parse(points, Inv), decimal.Parse(threshold, Inv)));
    }

    [Theory]
    [InlineData("0.9712", "20", "19.424")]
    [InlineData("1", "20", "20")]
    [InlineData("0", "20", "0")]
    [InlineData("0.5", "2", "1")]
    public void Without_a_threshold_the_score_is_ratio_times_points(string ratio, string points, string expected)
    {
        Assert.Equal(decimal.Parse(expected, Inv), ThresholdScore.Score(decimal.Parse(ratio, Inv), decimal.Parse(points, Inv), null));
    }

    [Fact]
    public void A_ratio_above_one_never_earns_more_than_the_points()
    {
        Assert.Equal(6m, ThresholdScore.Score(1.2m, 6m, null));
        Assert.Equal(4m, ThresholdScore.Score(1.2m, 4m, 0.8m));
    }

    [Theory]
    [InlineData("-0.1", "4", null)]
    [InlineData("0.5", "-1", null)]
    [InlineData("0.5", "4", "0")]
    [InlineData("0.5", "4", "1.5")]
    public void Negative_counts_and_thresholds_outside_zero_to_one_are_refused(string ratio, string points, string? threshold)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ThresholdScore.Score(decimal.Parse(ratio, Inv), decimal.Parse(points, Inv), threshold is null ? null : decimal.Parse(threshold, Inv)));
    }

    [Theory]
    [InlineData("16.0902", "16.09")]
    [InlineData("17.925", "17.93")]   // halves away from zero
    [InlineData("3.333333", "3.33")]
    [InlineData("19.424", "19.42")]
    public void Scores_are_shown_with_two_decimals(string exact, string shown)
    {
        Assert.Equal(decimal.Parse(shown, Inv), ThresholdScore.Display(decimal.Parse(exact, Inv)));
    }

    private static readonly IFormatProvider Inv = System.Globalization.CultureInfo.InvariantCulture;
}
