using System.Globalization;
using MotCua.Domain;

namespace MotCua.Web.Features.Statistics;

/// <summary>A period of business days (Asia/Ho_Chi_Minh), both ends included.</summary>
public sealed record StatPeriod(DateOnly From, DateOnly To)
{
    public const string InvalidDate = "stats-invalid-date";
    public const string EndBeforeStart = "stats-end-before-start";
    public const string TooLong = "stats-period-too-long";
    /// <summary>Longer periods would be a query over everything, not a report.</summary>
    public const int MaxYears = 5;

    /// <summary>Midnight in Vietnam at the start of From (UTC instant).</summary>
    public DateTimeOffset Start => VietnamTime.StartOfDay(From).ToUniversalTime();
    /// <summary>Midnight in Vietnam after To.</summary>
    public DateTimeOffset End => VietnamTime.StartOfDay(To.AddDays(1)).ToUniversalTime();
    public static StatPeriod Day(DateOnly day) => new(day, day);
    public static StatPeriod Month(int year, int month) => new(new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));
    public static StatPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var first = new DateOnly(year, (3 * quarter) - 2, 1);
        return new(first, first.AddMonths(3).AddDays(-1));
    }
    public static StatPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>Parses "yyyy-MM-dd" dates; error codes "stats-invalid-date", "stats-end-before-start", "stats-period-too-long" (> 5 years).</summary>
    public static bool TryParse(string? from, string? to, out StatPeriod period, out string? errorCode)
    {
        period = Day(DateOnly.MinValue);
        if (!DateOnly.TryParseExact(from?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f)
            || !DateOnly.TryParseExact(to?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            || f.Year < 2000 || t.Year > 9000)
        {
            errorCode = InvalidDate;
            return false;
        }
        if (t < f)
        {
            errorCode = EndBeforeStart;
            return false;
        }
        if (t > f.AddYears(MaxYears))
        {
            errorCode = TooLong;
            return false;
        }
        period = new(f, t);
        errorCode = null;
        return true;
    }

    /// <summary>The period cut at day, month, quarter or year boundaries; the first and last pieces may be partial.</summary>
    public IReadOnlyList<StatPeriod> Split(TrendStep step)
    {
        var pieces = new List<StatPeriod>();
        for (var start = From; start <= To;)
        {
            var next = step switch
            {
                TrendStep.Day => start.AddDays(1),
                TrendStep.Month => new DateOnly(start.Year, start.Month, 1).AddMonths(1),
                TrendStep.Quarter => new DateOnly(start.Year, (((start.Month - 1) / 3) * 3) + 1, 1).AddMonths(3),
                TrendStep.Year => new DateOnly(start.Year + 1, 1, 1),
                _ => throw new ArgumentOutOfRangeException(nameof(step)),
            };
            var end = next.AddDays(-1) < To ? next.AddDays(-1) : To;
            pieces.Add(new(start, end));
            start = next;
        }
        return pieces;
    }
}

/// <summary>Business days stored as int yyyymmdd: compared and grouped the same way on SQLite and PostgreSQL.</summary>
public static class StatDay
{
    /// <summary>The last day of an open-ended span.</summary>
    public const int Never = 99991231;

    public static int Of(DateOnly day) => (day.Year * 10000) + (day.Month * 100) + day.Day;

    public static int Of(DateTimeOffset instant) => Of(VietnamTime.LocalDate(instant));

    public static DateOnly ToDate(int day) => new(day / 10000, day / 100 % 100, day % 100);
}
