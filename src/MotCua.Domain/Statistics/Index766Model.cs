namespace MotCua.Domain.Statistics;

/// <summary>Where an indicator's numerator and denominator come from.</summary>
public enum Index766Source
{
    /// <summary>Counted by MotCua from its own dossiers, feedback or catalogue (<see cref="Index766Indicator.Input"/> names which figure).</summary>
    Computed,
    /// <summary>Facts MotCua does not own (the national procedure database, DVCQG): entered by an administrator.</summary>
    AdministratorTable,
}

/// <summary>What an indicator whose denominator is 0 (nothing to measure in the period) earns.</summary>
public enum Index766NoData
{
    /// <summary>Full points: no dossier, procedure or feedback means nothing was done late, hidden or badly.</summary>
    FullPoints,
    /// <summary>Nothing.</summary>
    Zero,
}

/// <summary>One scored indicator of a version of the index.</summary>
/// <param name="Threshold">A share in (0, 1], or null when the formula states none.</param>
/// <param name="Input">For <see cref="Index766Source.Computed"/>: the name of the figure MotCua counts (see the web layer's inputs).</param>
/// <param name="Assumption">Set when the points or the mapping are not confirmed by the sources: what was assumed (Vietnamese; <paramref name="AssumptionEn"/> in English).</param>
public sealed record Index766Indicator(string Code, string Name, string NameEn, string Formula, string FormulaEn, decimal Points,
    decimal? Threshold, Index766Source Source, string? Input = null, string? Assumption = null, string? AssumptionEn = null);

public sealed record Index766Group(string Code, string Name, string NameEn, decimal Points, IReadOnlyList<Index766Indicator> Indicators,
    string? Assumption = null, string? AssumptionEn = null);

/// <summary>
/// A version of the index as the law (and the national portal's formula description) set it on a date: its groups,
/// indicators, points, thresholds and formulas. Versions are data, so a change of the rules is a new version with a
/// later effective date, and periods before it keep being scored as they were.
/// </summary>
public sealed record Index766Model(string Version, DateOnly EffectiveFrom, IReadOnlyList<Index766Group> Groups,
    Index766NoData NoData = Index766NoData.FullPoints)
{
    public decimal Points => Groups.Sum(g => g.Points);

    public IEnumerable<Index766Indicator> Indicators => Groups.SelectMany(g => g.Indicators);

    /// <summary>What makes the version unusable (empty when it is sound): points that do not add up, duplicate codes, bad thresholds.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Version)) problems.Add("the version has no name");
        if (Groups.Count == 0) problems.Add($"{Version}: no groups");
        foreach (var g in Groups)
        {
            if (string.IsNullOrWhiteSpace(g.Assumption) != string.IsNullOrWhiteSpace(g.AssumptionEn)) problems.Add($"{Version}: group {g.Code} states its assumption in one language only");
            var sum = g.Indicators.Sum(i => i.Points);
            if (sum != g.Points) problems.Add($"{Version}: group {g.Code} has {g.Points} points but its indicators add up to {sum}");
        }
        foreach (var code in Groups.Select(g => g.Code).Concat(Indicators.Select(i => i.Code)).GroupBy(c => c, StringComparer.Ordinal).Where(c => c.Count() > 1))
        {
            problems.Add($"{Version}: code {code.Key} is used twice");
        }
        foreach (var i in Indicators)
        {
            if (i.Points < 0) problems.Add($"{Version}: indicator {i.Code} has negative points");
            if (i.Threshold is { } t && (t <= 0 || t > 1)) problems.Add($"{Version}: indicator {i.Code} has a threshold outside (0, 1]");
            if (i.Source == Index766Source.Computed && string.IsNullOrWhiteSpace(i.Input)) problems.Add($"{Version}: computed indicator {i.Code} names no input");
            if (string.IsNullOrWhiteSpace(i.Name) || string.IsNullOrWhiteSpace(i.NameEn) || string.IsNullOrWhiteSpace(i.Formula) || string.IsNullOrWhiteSpace(i.FormulaEn))
            {
                problems.Add($"{Version}: indicator {i.Code} lacks a name or a formula in one language");
            }
            if (string.IsNullOrWhiteSpace(i.Assumption) != string.IsNullOrWhiteSpace(i.AssumptionEn))
            {
                problems.Add($"{Version}: indicator {i.Code} states its assumption in one language only");
            }
        }
        return problems;
    }
}
