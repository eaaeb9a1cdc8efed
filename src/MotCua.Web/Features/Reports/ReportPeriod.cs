using System.Globalization;
using MotCua.Domain;
using MotCua.Web.Features.Statistics;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// The period of a periodic report: a month, a quarter or a year (the reporting periods of Circular 01/2018 Art. 28
/// and the one-stop's monthly, quarterly and yearly reports), or any custom range of days. Both ends included.
/// </summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    public const string DateFormat = "yyyy-MM-dd";

    public static ReportPeriod Month(int year, int month) => Of(StatPeriod.Month(year, month));

    public static ReportPeriod Quarter(int year, int quarter) => Of(StatPeriod.Quarter(year, quarter));

    public static ReportPeriod Year(int year) => Of(StatPeriod.Year(year));

    public DateTimeOffset Start => ToStat().Start;

    public DateTimeOffset End => ToStat().End;

    private static ReportPeriod Of(StatPeriod period) => new(period.From, period.To);

    public StatPeriod ToStat() => new(From, To);

    public string FromText => From.ToString(DateFormat, CultureInfo.InvariantCulture);

    public string ToText => To.ToString(DateFormat, CultureInfo.InvariantCulture);

    public bool IsMonth => From.Day == 1 && To == From.AddMonths(1).AddDays(-1);

    public bool IsQuarter => From.Day == 1 && From.Month % 3 == 1 && To == From.AddMonths(3).AddDays(-1);

    public bool IsYear => From.Day == 1 && From.Month == 1 && To == new DateOnly(From.Year, 12, 31);

    /// <summary>The period as file names carry it: 2026-03, 2026-Q3, 2026, or 2026-03-05_2026-04-04.</summary>
    public string FileLabel =>
        IsYear ? From.Year.ToString(CultureInfo.InvariantCulture)
        : IsQuarter ? string.Create(CultureInfo.InvariantCulture, $"{From.Year}-Q{((From.Month - 1) / 3) + 1}")
        : IsMonth ? From.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : $"{FromText}_{ToText}";

    /// <summary>
    /// Reads from/to ("yyyy-MM-dd"), or the shortcut ky=thang|quy|nam (the month, quarter or year containing today).
    /// With nothing given, the previous month: the period a monthly report is made for.
    /// </summary>
    public static bool TryParse(string? from, string? to, string? shortcut, DateTimeOffset now, out ReportPeriod period, out string? errorCode)
    {
        var today = VietnamTime.LocalDate(now);
        errorCode = null;
        period = Month(today.AddMonths(-1).Year, today.AddMonths(-1).Month);
        if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to))
        {
            switch (shortcut?.Trim())
            {
                case null or "":
                    return true;
                case "thang":
                    period = Month(today.Year, today.Month);
                    return true;
                case "quy":
                    period = Quarter(today.Year, ((today.Month - 1) / 3) + 1);
                    return true;
                case "nam":
                    period = Year(today.Year);
                    return true;
                default:
                    errorCode = ReportErrors.InvalidDate;
                    return false;
            }
        }

        // Reports take years 2000–2100 only; the rest of the checks are the statistics' own.
        if (!TryDate(from, out _) || !TryDate(to, out _))
        {
            errorCode = ReportErrors.InvalidDate;
            return false;
        }
        if (!StatPeriod.TryParse(from, to, out var parsed, out var code))
        {
            errorCode = code switch
            {
                StatPeriod.EndBeforeStart => ReportErrors.EndBeforeStart,
                StatPeriod.TooLong => ReportErrors.PeriodTooLong,
                _ => ReportErrors.InvalidDate,
            };
            return false;
        }
        period = Of(parsed);
        return true;
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && date.Year is >= 2000 and <= 2100;
}
