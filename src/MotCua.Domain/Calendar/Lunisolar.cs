using System.Collections.Concurrent;

namespace MotCua.Domain.Calendar;

/// <summary>
/// A lunisolar calendar computed from the astronomy for one time zone. The rules of the Vietnamese
/// (and modern Chinese) calendar: a month starts on the local day of a new moon; month 11 is the month
/// that contains the winter solstice (Sun at 270°); when 13 months separate two months 11, the first
/// month after month 11 that contains no major solar term (Sun at a multiple of 30°) is the leap month
/// and repeats the number of the month before it. A solar term belongs to the local day on which it
/// happens, so the calendar depends on the time zone: Vietnam counts in UTC+7, China in UTC+8.
/// </summary>
internal sealed class Lunisolar
{
    internal const int MinYear = 1801;
    internal const int MaxYear = 2199;

    private const int JulianDayOfDayNumberZero = 1721426;

    private readonly double _utcOffsetDays;
    private readonly ConcurrentDictionary<int, LunarMonth[]> _suis = new();

    internal Lunisolar(double utcOffsetHours) => _utcOffsetDays = utcOffsetHours / 24.0;

    internal static Lunisolar Vietnam { get; } = new(7.0);

    internal LunarMonth MonthOf(DateOnly date)
    {
        if (date.Year < MinYear || date.Year > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Lịch âm chỉ hỗ trợ các năm {MinYear}–{MaxYear}.");
        }

        int suiYear = date >= Month11Start(date.Year).Start ? date.Year + 1 : date.Year;
        foreach (var month in Sui(suiYear))
        {
            if (month.Contains(date))
            {
                return month;
            }
        }

        throw new InvalidOperationException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"No lunar month contains {date:yyyy-MM-dd}."));
    }

    internal LunarMonth Month(int lunarYear, int number, bool isLeap)
    {
        if (lunarYear < MinYear || lunarYear > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear, $"Lịch âm chỉ hỗ trợ các năm {MinYear}–{MaxYear}.");
        }

        if (number is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Tháng âm lịch phải từ 1 đến 12.");
        }

        // Months 11 and 12 of lunar year Y lie in the solstice-to-solstice span that ends in Gregorian year Y + 1.
        int suiYear = number >= 11 ? lunarYear + 1 : lunarYear;
        foreach (var month in Sui(suiYear))
        {
            if (month.LunarYear == lunarYear && month.Number == number && month.IsLeap == isLeap)
            {
                return month;
            }
        }

        throw new ArgumentException($"Năm âm lịch {lunarYear} không có tháng {number} nhuận.", nameof(isLeap));
    }

    /// <summary>The leap month number of a lunar year, or null when the year has 12 months.</summary>
    internal int? LeapMonth(int lunarYear)
    {
        foreach (int suiYear in new[] { lunarYear, lunarYear + 1 })
        {
            foreach (var month in Sui(suiYear))
            {
                if (month.IsLeap && month.LunarYear == lunarYear)
                {
                    return month.Number;
                }
            }
        }

        return null;
    }

    internal DateOnly NewMoonDay(int k) => LocalDate(Astronomy.ToUniversalTime(Astronomy.NewMoonJde(k)));

    /// <summary>The months from the month 11 of Gregorian year g − 1 up to (excluding) the month 11 of year g.</summary>
    private LunarMonth[] Sui(int g) => _suis.GetOrAdd(g, ComputeSui);

    private LunarMonth[] ComputeSui(int g)
    {
        var (k0, _) = Month11Start(g - 1);
        var (k1, _) = Month11Start(g);
        int count = k1 - k0;
        var starts = new DateOnly[count + 1];
        for (int i = 0; i <= count; i++)
        {
            starts[i] = NewMoonDay(k0 + i);
        }

        int leapIndex = count == 13 ? FirstMonthWithoutMajorTerm(starts) : -1;
        var months = new LunarMonth[count];
        int number = 11;
        for (int i = 0; i < count; i++)
        {
            bool isLeap = i == leapIndex;
            if (i > 0 && !isLeap)
            {
                number = (number % 12) + 1;
            }

            int lunarYear = number >= 11 ? g - 1 : g;
            months[i] = new LunarMonth(lunarYear, number, isLeap, starts[i], starts[i + 1].DayNumber - starts[i].DayNumber);
        }

        return months;
    }

    private int FirstMonthWithoutMajorTerm(DateOnly[] starts)
    {
        // Month 11 (index 0) holds the solstice, so the search starts at the month after it.
        for (int i = 1; i < starts.Length - 1; i++)
        {
            if (MajorTermSector(starts[i]) == MajorTermSector(starts[i + 1]))
            {
                return i;
            }
        }

        throw new InvalidOperationException("A 13-month year without a month lacking a major solar term.");
    }

    /// <summary>The new moon number and local start day of the month that contains the winter solstice of Gregorian year g.</summary>
    private (int K, DateOnly Start) Month11Start(int g)
    {
        var december31 = new DateOnly(g, 12, 31);
        int k = Astronomy.NearestNewMoonNumber(JulianDay(december31));
        while (NewMoonDay(k) > december31)
        {
            k--;
        }

        // The Sun already past 270° when this month starts: the solstice fell in the month before.
        if (SunLongitudeAtStartOf(NewMoonDay(k)) >= 270.0)
        {
            k--;
        }

        return (k, NewMoonDay(k));
    }

    /// <summary>Which 30° sector the Sun is in at local midnight starting the day: a major term lies between two different sectors.</summary>
    private int MajorTermSector(DateOnly day) => (int)Math.Floor(SunLongitudeAtStartOf(day) / 30.0);

    private double SunLongitudeAtStartOf(DateOnly day)
    {
        double localMidnightUt = JulianDay(day) - 0.5 - _utcOffsetDays;
        return Astronomy.SunApparentLongitude(Astronomy.ToTerrestrialTime(localMidnightUt));
    }

    private DateOnly LocalDate(double julianDayUt)
    {
        int jdn = (int)Math.Floor(julianDayUt + _utcOffsetDays + 0.5);
        return DateOnly.FromDayNumber(jdn - JulianDayOfDayNumberZero);
    }

    /// <summary>The Julian Day Number of a civil date (the Julian Day at its noon).</summary>
    private static int JulianDay(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;
}
