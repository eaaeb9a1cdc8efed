using System.Globalization;
using MotCua.Web.Features.Statistics;

namespace MotCua.Web.Features.Dashboard;

/// <summary>
/// Numbers as a reader of the page's language writes them: "97,12 % (9.712/10.000)" in Vietnamese, "97.12% (9,712/10,000)"
/// in English. A rate without a denominator is a dash, never 0 % or 100 %.
/// </summary>
public static class DashboardFormat
{
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    private static CultureInfo Culture => English ? CultureInfo.GetCultureInfo("en-US") : CultureInfo.GetCultureInfo("vi-VN");

    public static string Count(long n) => n.ToString("N0", Culture);

    public static string Number(decimal d, int digits = 1) => d.ToString("N" + digits.ToString(CultureInfo.InvariantCulture), Culture);

    public static string Percent(decimal share) => (share * 100).ToString("N2", Culture) + (English ? "%" : " %");

    /// <summary>A rate alone, for axes and tables: a percentage of 0–100.</summary>
    public static string Points(decimal percent) => percent.ToString(percent == Math.Round(percent) ? "N0" : "N1", Culture) + (English ? "%" : " %");

    public static string Rate(Ratio r) => r.Value is { } v ? Percent(v) : "—";

    public static string WithParts(Ratio r) => $"{Rate(r)} ({Count(r.Numerator)}/{Count(r.Denominator)})";

    /// <summary>The rate as a percentage for charts; null when there is nothing to divide by.</summary>
    public static decimal? AsPercent(Ratio r) => r.Value is { } v ? Math.Round(v * 100, 2) : null;
}
