namespace MotCua.Domain.Statistics;

/// <summary>The numerator and denominator of one indicator for one unit and period.</summary>
public readonly record struct Index766Input(long Numerator, long Denominator)
{
    public decimal? Ratio => Denominator == 0 ? null : (decimal)Numerator / Denominator;
}

/// <summary>One indicator as scored. <see cref="Missing"/>: its administrator input was never entered (score 0).</summary>
public sealed record Index766IndicatorResult(Index766Indicator Indicator, Index766Input Input, bool Missing, decimal Score)
{
    /// <summary>The denominator is 0: nothing to measure; scored by the model's <see cref="Index766NoData"/> rule.</summary>
    public bool NoData => !Missing && Input.Denominator == 0;
}

public sealed record Index766GroupResult(Index766Group Group, decimal Score, IReadOnlyList<Index766IndicatorResult> Indicators);

public sealed record Index766Result(Index766Model Model, decimal Total, IReadOnlyList<Index766GroupResult> Groups);

/// <summary>Scores a unit's inputs with a version of the index.</summary>
public static class Index766Calculator
{
    /// <param name="inputs">The indicator's input for the unit, or null when there is none (an administrator figure not entered).</param>
    public static Index766Result Compute(Index766Model model, Func<Index766Indicator, Index766Input?> inputs)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputs);
        var groups = model.Groups.Select(g =>
        {
            var indicators = g.Indicators.Select(i => Score(model, i, inputs(i))).ToList();
            return new Index766GroupResult(g, indicators.Sum(i => i.Score), indicators);
        }).ToList();
        return new Index766Result(model, groups.Sum(g => g.Score), groups);
    }

    private static Index766IndicatorResult Score(Index766Model model, Index766Indicator indicator, Index766Input? input)
    {
        // A figure nobody entered earns nothing rather than full points: a silent "fulfilled" would hide the gap from the
        // administrator, while a 0 marked "not entered" is seen and fixed.
        if (input is not { } value)
        {
            return new(indicator, default, Missing: true, 0m);
        }
        if (value.Numerator < 0 || value.Denominator < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(input), value, $"Indicator {indicator.Code}: counts cannot be negative.");
        }
        var score = value.Ratio is { } ratio
            ? ThresholdScore.Score(ratio, indicator.Points, indicator.Threshold)
            : model.NoData == Index766NoData.FullPoints ? indicator.Points : 0m;
        return new(indicator, value, Missing: false, score);
    }
}
