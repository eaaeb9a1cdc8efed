namespace MotCua.Web.Features.Dashboard;

/// <summary>Columns per category (grouped), a line through the categories, or horizontal bars (one series).</summary>
public enum ChartKind { Columns, Line, Bars }

/// <summary>One series of a chart; a null value is "nothing to show" (e.g. a rate without a denominator), not zero.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);

/// <summary>Axis arithmetic of the charts, kept apart so that it can be tested without rendering.</summary>
public static class ChartScale
{
    /// <summary>A round top for the axis at or above the largest value: 1, 2, 2.5 or 5 times a power of ten.</summary>
    public static decimal NiceMax(decimal max)
    {
        if (max <= 0)
        {
            return 1;
        }
        var power = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)max)));
        foreach (var step in new[] { 1m, 2m, 2.5m, 5m, 10m })
        {
            if (max <= step * power)
            {
                return step * power;
            }
        }
        return 10 * power;
    }

    /// <summary>Which category labels to print so that they do not overlap: every n-th, the last always.</summary>
    public static bool ShowLabel(int index, int count, int room) =>
        count <= room || index == count - 1 || index % (int)Math.Ceiling(count / (double)room) == 0;
}
