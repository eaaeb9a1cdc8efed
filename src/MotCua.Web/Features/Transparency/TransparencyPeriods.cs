using MotCua.Domain;
using MotCua.Web.Features.Statistics;

namespace MotCua.Web.Features.Transparency;

public enum PublicPeriodKind { Month, Quarter, Year, Custom }

/// <summary>The period a public page or the open-data API shows, and what it was asked as.</summary>
public sealed record PublicPeriod(PublicPeriodKind Kind, StatPeriod Period);

public static class TransparencyPeriods
{
    /// <summary>The query-string names of the shortcuts (Vietnamese, as the page's address is).</summary>
    public const string MonthKey = "thang";
    public const string QuarterKey = "quy";
    public const string YearKey = "nam";

    public static DateOnly Today(TimeProvider clock) => VietnamTime.LocalDate(clock.GetUtcNow());

    /// <summary>
    /// The current month, quarter or year — up to today, because the open dossiers of a period are judged at its end and
    /// a public figure must not judge dossiers at a day that has not come — or a custom from/to (validated by
    /// <see cref="StatPeriod.TryParse"/>: the error codes are those of the statistics).
    /// </summary>
    public static bool TryResolve(string? ky, string? from, string? to, DateOnly today, out PublicPeriod period, out string? errorCode)
    {
        if (!string.IsNullOrWhiteSpace(from) || !string.IsNullOrWhiteSpace(to))
        {
            var ok = StatPeriod.TryParse(from?.Trim(), to?.Trim(), out var custom, out errorCode);
            period = new PublicPeriod(PublicPeriodKind.Custom, ok ? custom : Current(PublicPeriodKind.Month, today));
            return ok;
        }
        var kind = ky switch
        {
            QuarterKey => PublicPeriodKind.Quarter,
            YearKey => PublicPeriodKind.Year,
            _ => PublicPeriodKind.Month,
        };
        period = new PublicPeriod(kind, Current(kind, today));
        errorCode = null;
        return true;
    }

    public static StatPeriod Current(PublicPeriodKind kind, DateOnly today)
    {
        var full = kind switch
        {
            PublicPeriodKind.Quarter => StatPeriod.Quarter(today.Year, (today.Month + 2) / 3),
            PublicPeriodKind.Year => StatPeriod.Year(today.Year),
            _ => StatPeriod.Month(today.Year, today.Month),
        };
        return new StatPeriod(full.From, full.To < today ? full.To : today);
    }

    /// <summary>The twelve months up to today's month, for a unit's trend (the first month whole, the last up to today).</summary>
    public static StatPeriod LastTwelveMonths(DateOnly today) => new(new DateOnly(today.Year, today.Month, 1).AddMonths(-11), today);

    public static string? Key(PublicPeriodKind kind) => kind switch
    {
        PublicPeriodKind.Month => MonthKey,
        PublicPeriodKind.Quarter => QuarterKey,
        PublicPeriodKind.Year => YearKey,
        _ => null,
    };
}
