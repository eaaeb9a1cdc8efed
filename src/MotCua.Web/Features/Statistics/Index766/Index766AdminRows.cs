namespace MotCua.Web.Features.Statistics.Index766;

/// <summary>
/// Which administrator rows give an indicator's figure for a unit and period:
/// <list type="number">
/// <item>the unit's rows lying inside the period, added up (three monthly rows make the quarter; their ratio is the
/// quarter's share, each month weighted by its denominator);</item>
/// <item>otherwise the unit's row covering the whole period (a yearly figure stands for each of its months);</item>
/// <item>otherwise the same for the province's rows (unit null): most of these figures are the province's work
/// (publishing procedures, syncing fees) and hold for every unit that has no figure of its own;</item>
/// <item>otherwise nothing: the indicator is reported as not entered and scores 0.</item>
/// </list>
/// A row that only partly overlaps the period is not used: its counts cannot be split by day.
/// </summary>
public static class Index766AdminRows
{
    public static Ratio? Resolve(IEnumerable<Index766AdminInput> rows, string indicatorCode, int? unitId, StatPeriod period)
    {
        var ofIndicator = rows.Where(r => r.IndicatorCode == indicatorCode).ToList();
        return For(ofIndicator.Where(r => r.AgencyId == unitId), period)
            ?? (unitId is null ? null : For(ofIndicator.Where(r => r.AgencyId is null), period));
    }

    private static Ratio? For(IEnumerable<Index766AdminInput> rows, StatPeriod period)
    {
        var list = rows.ToList();
        var inside = list.Where(r => r.From >= period.From && r.To <= period.To).ToList();
        if (inside.Count > 0)
        {
            return new Ratio(inside.Sum(r => r.Numerator), inside.Sum(r => r.Denominator));
        }
        var covering = list.Where(r => r.From <= period.From && r.To >= period.To).OrderByDescending(r => r.From).FirstOrDefault();
        return covering is null ? null : new Ratio(covering.Numerator, covering.Denominator);
    }
}
