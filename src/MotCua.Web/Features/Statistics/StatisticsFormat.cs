using System.Globalization;

namespace MotCua.Web.Features.Statistics;

/// <summary>
/// The figures as a reader of the page's language writes them, for the leader's dashboard and the public pages alike:
/// "97,12 % (9.712/10.000)" in Vietnamese, "97.12% (9,712/10,000)" in English. A rate without a denominator is a dash,
/// never 0 % or 100 %; each percentage can be shown with its numerator and denominator, as the statistics conventions ask.
/// </summary>
public static class StatisticsFormat
{
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    private static CultureInfo Culture => English ? CultureInfo.GetCultureInfo("en-US") : CultureInfo.GetCultureInfo("vi-VN");

    private static string PercentSign => English ? "%" : " %";

    public static string Count(long n) => n.ToString("N0", Culture);

    public static string Number(decimal d, int digits = 1) => d.ToString("N" + digits.ToString(CultureInfo.InvariantCulture), Culture);

    /// <summary>A share of 0–1 as a percentage with two decimals.</summary>
    public static string Percent(decimal share) => (share * 100).ToString("N2", Culture) + PercentSign;

    public static string Rate(Ratio r) => r.Value is { } v ? Percent(v) : "—";

    public static string Parts(Ratio r) => $"({Count(r.Numerator)}/{Count(r.Denominator)})";

    public static string WithParts(Ratio r) => $"{Rate(r)} {Parts(r)}";

    /// <summary>A percentage of 0–100 alone, for chart axes and tables: no decimals when whole.</summary>
    public static string AxisPercent(decimal percent) => percent.ToString(percent == Math.Round(percent) ? "N0" : "N1", Culture) + PercentSign;

    /// <summary>The rate as a percentage for charts; null when there is nothing to divide by.</summary>
    public static decimal? AsPercent(Ratio r) => r.Value is { } v ? Math.Round(v * 100, 2) : null;

    /// <summary>Points of the Decision 766 index: up to two decimals.</summary>
    public static string IndexPoints(decimal p) => p.ToString("0.##", Culture);
}
