using System.Globalization;
using MotCua.Web.Features.Statistics;

namespace MotCua.Web.Features.Transparency;

/// <summary>
/// Numbers as the request's language writes them (vi: 9.712 and 97,12 %; en: 9,712 and 97.12 %), each percentage with
/// its numerator and denominator beside it, as the statistics conventions ask.
/// </summary>
public static class TransparencyFormat
{
    public static string Count(long n) => n.ToString("N0", CultureInfo.CurrentCulture);

    public static string Percent(Ratio r) =>
        r.Value is { } v ? (v * 100).ToString("0.00", CultureInfo.CurrentCulture) + " %" : "—";

    public static string Parts(Ratio r) => $"({Count(r.Numerator)}/{Count(r.Denominator)})";

    public static string Points(decimal p) => p.ToString("0.##", CultureInfo.CurrentCulture);

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Month(DateOnly d) => d.ToString("MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Early and on time together: what the public reads as "on time".</summary>
    public static long InTime(Indicators i) => i.Early + i.OnTime;

    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
