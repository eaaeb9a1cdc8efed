using MotCua.Web.Features.Statistics;

namespace MotCua.Web.Features.Dashboard;

/// <summary>The names a figure goes by in addresses (stable, readable, independent of the enum's order).</summary>
public static class DashboardFigures
{
    private static readonly Dictionary<Figure, string> Names = new()
    {
        [Figure.Received] = "received",
        [Figure.ReceivedCounter] = "received-counter",
        [Figure.ReceivedOnline] = "received-online",
        [Figure.ReceivedPost] = "received-post",
        [Figure.Resolved] = "resolved",
        [Figure.Early] = "early",
        [Figure.OnTime] = "on-time",
        [Figure.Late] = "late",
        [Figure.Open] = "open",
        [Figure.OpenOverdue] = "open-overdue",
        [Figure.PaidOnline] = "paid-online",
        [Figure.NotPaidOnline] = "not-paid-online",
        [Figure.Digitised] = "digitised",
        [Figure.NotDigitised] = "not-digitised",
        [Figure.Reused] = "reused",
        [Figure.NotSatisfied] = "not-satisfied",
    };

    public static string QueryName(this Figure figure) => Names[figure];

    public static Figure? Parse(string? text) =>
        Names.Where(p => string.Equals(p.Value, text?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(p => (Figure?)p.Key).FirstOrDefault();

    /// <summary>The count a figure stands for in a set of indicators (the list behind it must hold as many dossiers).</summary>
    public static long Count(this Indicators i, Figure figure) => figure switch
    {
        Figure.Received => i.Received,
        Figure.ReceivedCounter => i.ReceivedCounter,
        Figure.ReceivedOnline => i.ReceivedOnline,
        Figure.ReceivedPost => i.ReceivedPost,
        Figure.Resolved => i.Resolved,
        Figure.Early => i.Early,
        Figure.OnTime => i.OnTime,
        Figure.Late => i.Late,
        Figure.Open => i.Open,
        Figure.OpenOverdue => i.OpenOverdue,
        Figure.PaidOnline => i.PaidOnline.Numerator,
        Figure.NotPaidOnline => i.PaidOnline.Denominator - i.PaidOnline.Numerator,
        Figure.Digitised => i.Digitised.Numerator,
        Figure.NotDigitised => i.Digitised.Denominator - i.Digitised.Numerator,
        Figure.Reused => i.Reused.Numerator,
        Figure.NotSatisfied => i.NotSatisfied,
        _ => 0,
    };
}
