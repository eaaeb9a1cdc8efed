namespace MotCua.Domain.Calendar;

/// <summary>
/// The Vietnamese lunar calendar (âm lịch), computed astronomically for UTC+7. It is not the Chinese
/// calendar: since 1968 Vietnam counts days in UTC+7, so a new moon between 23:00 and 24:00 Vietnam
/// time starts the month a day earlier than in China (Tết 2007: 17 Feb in Vietnam, 18 Feb in China),
/// and occasionally a whole month differs (Tết 1985: 21 Jan in Vietnam, 20 Feb in China).
/// Supported lunar years: 1801–2199.
/// </summary>
public static class LunarCalendar
{
    public static int MinYear => Lunisolar.MinYear;

    public static int MaxYear => Lunisolar.MaxYear;

    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool leapMonth = false)
    {
        var month = Lunisolar.Vietnam.Month(lunarYear, lunarMonth, leapMonth);
        if (lunarDay < 1 || lunarDay > month.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(lunarDay), lunarDay, $"Tháng {lunarMonth}{(leapMonth ? " nhuận" : "")} năm âm lịch {lunarYear} có {month.Length} ngày.");
        }

        return month.Start.AddDays(lunarDay - 1);
    }

    public static LunarDate FromSolar(DateOnly date)
    {
        var month = Lunisolar.Vietnam.MonthOf(date);
        return new LunarDate(month.LunarYear, month.Number, date.DayNumber - month.Start.DayNumber + 1, month.IsLeap);
    }

    /// <summary>Tết Nguyên đán: day 1 of month 1 of the lunar year.</summary>
    public static DateOnly NewYear(int lunarYear) => ToSolar(lunarYear, 1, 1);

    /// <summary>The last day of the lunar year (29 or 30 tháng Chạp), the eve of the next Tết.</summary>
    public static DateOnly LastDayOfYear(int lunarYear) => NewYear(lunarYear + 1).AddDays(-1);

    /// <summary>The number of days (29 or 30) of a lunar month.</summary>
    public static int DaysInMonth(int lunarYear, int lunarMonth, bool leapMonth = false) =>
        Lunisolar.Vietnam.Month(lunarYear, lunarMonth, leapMonth).Length;

    /// <summary>The leap month (tháng nhuận) of a lunar year, or null when the year has 12 months.</summary>
    public static int? LeapMonth(int lunarYear) => Lunisolar.Vietnam.LeapMonth(lunarYear);
}
