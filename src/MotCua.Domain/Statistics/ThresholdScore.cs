namespace MotCua.Domain.Statistics;

/// <summary>
/// The scoring rule of Decision 766/QĐ-TTg (the "Mô tả công thức tính chỉ số 766" description): an indicator with a
/// threshold T earns its full points once its ratio reaches T and ratio × points / T below it; an indicator without a
/// threshold earns ratio × points. Scores stay exact; they are rounded to two decimals only when shown, so that a group
/// or a total is the sum of the exact scores and not of rounded ones.
/// </summary>
public static class ThresholdScore
{
    public static decimal Score(decimal ratio, decimal points, decimal? threshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ratio);
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        if (threshold is { } t && (t <= 0 || t > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "A threshold is a share in (0, 1].");
        }
        // A share above 100 % (e.g. a figure reported by another system with a larger numerator) never earns more
        // than the indicator's points.
        var share = Math.Min(ratio, 1m);
        return threshold is { } limit
            ? share >= limit ? points : share * points / limit
            : share * points;
    }

    /// <summary>Two decimals, halves away from zero, as the national portal shows scores (e.g. 16.09 / 18).</summary>
    public static decimal Display(decimal score) => Math.Round(score, 2, MidpointRounding.AwayFromZero);
}
