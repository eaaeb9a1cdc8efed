using System.Globalization;
using MotCua.Web.Features.Statistics;

namespace MotCua.Web.Features.Transparency;

/// <summary>What only the public pages write (numbers and rates are <see cref="StatisticsFormat"/>'s, as on the dashboard).</summary>
public static class TransparencyFormat
{
    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Month(DateOnly d) => d.ToString("MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Early and on time together: what the public reads as "on time".</summary>
    public static long InTime(Indicators i) => i.Early + i.OnTime;
}
