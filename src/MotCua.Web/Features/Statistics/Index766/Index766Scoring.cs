using MotCua.Domain.Statistics;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Statistics.Index766;

/// <summary>Everything one unit's index is computed from, gathered before any scoring (so the scoring needs no database).</summary>
public sealed record UnitInputs(Agency? Unit, Indicators Figures, CatalogueFigures Catalogue, IReadOnlyList<Index766AdminInput> AdminRows, StatPeriod Period);

/// <summary>Feeds a unit's figures to the domain's scoring and turns the result into the shared contract's records.</summary>
public static class Index766Scoring
{
    /// <summary>The province is not ranked: its rank among the 34 provinces is the national portal's, not MotCua's.</summary>
    public const int NotRanked = 0;

    public static Index766Result Compute(Index766Model model, UnitInputs unit) => Index766Calculator.Compute(model, i => Input(i, unit));

    public static Index766Input? Input(Index766Indicator indicator, UnitInputs unit)
    {
        var ratio = indicator.Source == Index766Source.Computed
            ? Index766Figures.Of(indicator.Input!, unit.Figures, unit.Catalogue)
            : Index766AdminRows.Resolve(unit.AdminRows, indicator.Code, unit.Unit?.Id, unit.Period);
        return ratio is { } r ? new Index766Input(r.Numerator, r.Denominator) : null;
    }

    public static UnitIndex ToUnitIndex(Agency? unit, Index766Result result, int rank) => new(unit, result.Total,
        result.Groups.Select(g => new GroupScore(g.Group.Code, g.Group.Name, g.Group.NameEn, g.Group.Points, g.Score,
            g.Indicators.Select(ToScore).ToList())).ToList(), rank);

    private static IndicatorScore ToScore(Index766IndicatorResult r) => new(r.Indicator.Code, r.Indicator.Name, r.Indicator.NameEn,
        r.Indicator.Formula, r.Indicator.FormulaEn, new Ratio(r.Input.Numerator, r.Input.Denominator), r.Indicator.Threshold,
        r.Indicator.Points, r.Score, r.Indicator.Source == Index766Source.AdministratorTable, r.Missing);

    /// <summary>Units of one kind, best first, sharing a rank when their shown totals are equal (ties in name order).</summary>
    public static IReadOnlyList<UnitIndex> Ranked(IEnumerable<(Agency Unit, Index766Result Result)> units) =>
        Ranked(units.Select(u => (u.Unit, u.Result, Handled: true)));

    /// <summary>
    /// As above, but a unit that handled no dossier in the period is scored and listed after the ranked ones, not ranked:
    /// its empty denominators earn full points (nothing was done late), and a public ranking that puts idle units above
    /// working ones would mislead.
    /// </summary>
    public static IReadOnlyList<UnitIndex> Ranked(IEnumerable<(Agency Unit, Index766Result Result, bool Handled)> units)
    {
        var collation = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);
        var byName = units.OrderBy(u => u.Unit.Name, collation).ToList();
        return Index766Ranking.Rank(byName.Where(u => u.Handled), u => u.Result.Total).Select(r => ToUnitIndex(r.Item.Unit, r.Item.Result, r.Rank))
            .Concat(byName.Where(u => !u.Handled).Select(u => ToUnitIndex(u.Unit, u.Result, NotRanked)))
            .ToList();
    }

    /// <summary>Whether the unit received, ended or held any dossier in the period.</summary>
    public static bool Handled(Indicators figures) => figures.Received + figures.Resolved + figures.Open > 0;

}

