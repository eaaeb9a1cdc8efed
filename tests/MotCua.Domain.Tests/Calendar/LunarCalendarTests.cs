using MotCua.Domain.Calendar;

namespace MotCua.Domain.Tests.Calendar;

public class LunarCalendarTests
{
    /// <summary>
    /// Tết Nguyên đán in Vietnam, 2000–2050, assembled from published calendars. It equals the Chinese date
    /// except 2007 and 2030, where the new moon falls between 23:00 and 24:00 Vietnam time (the day before in Vietnam).
    /// </summary>
    public static TheoryData<int, string> TetDates => new()
    {
        { 2000, "2000-02-05" }, { 2001, "2001-01-24" }, { 2002, "2002-02-12" }, { 2003, "2003-02-01" },
        { 2004, "2004-01-22" }, { 2005, "2005-02-09" }, { 2006, "2006-01-29" }, { 2007, "2007-02-17" },
        { 2008, "2008-02-07" }, { 2009, "2009-01-26" }, { 2010, "2010-02-14" }, { 2011, "2011-02-03" },
        { 2012, "2012-01-23" }, { 2013, "2013-02-10" }, { 2014, "2014-01-31" }, { 2015, "2015-02-19" },
        { 2016, "2016-02-08" }, { 2017, "2017-01-28" }, { 2018, "2018-02-16" }, { 2019, "2019-02-05" },
        { 2020, "2020-01-25" }, { 2021, "2021-02-12" }, { 2022, "2022-02-01" }, { 2023, "2023-01-22" },
        { 2024, "2024-02-10" }, { 2025, "2025-01-29" }, { 2026, "2026-02-17" }, { 2027, "2027-02-06" },
        { 2028, "2028-01-26" }, { 2029, "2029-02-13" }, { 2030, "2030-02-02" }, { 2031, "2031-01-23" },
        { 2032, "2032-02-11" }, { 2033, "2033-01-31" }, { 2034, "2034-02-19" }, { 2035, "2035-02-08" },
        { 2036, "2036-01-28" }, { 2037, "2037-02-15" }, { 2038, "2038-02-04" }, { 2039, "2039-01-24" },
        { 2040, "2040-02-12" }, { 2041, "2041-02-01" }, { 2042, "2042-01-22" }, { 2043, "2043-02-10" },
        { 2044, "2044-01-30" }, { 2045, "2045-02-17" }, { 2046, "2046-02-06" }, { 2047, "2047-01-26" },
        { 2048, "2048-02-14" }, { 2049, "2049-02-02" }, { 2050, "2050-01-23" },
    };

    [Theory]
    [MemberData(nameof(TetDates))]
    public void Tet_falls_on_the_published_date(int lunarYear, string expected)
    {
        Assert.Equal(Vn.Date(expected), LunarCalendar.NewYear(lunarYear));
        Assert.Equal(new LunarDate(lunarYear, 1, 1, false), LunarCalendar.FromSolar(Vn.Date(expected)));
    }

    [Theory]
    [InlineData(1968, "1968-01-29")] // Tết Mậu Thân in the North, the first Tết counted in UTC+7 (30 Jan in China)
    [InlineData(1985, "1985-01-21")] // a whole month before China's 20 Feb 1985
    [InlineData(2007, "2007-02-17")]
    [InlineData(2030, "2030-02-02")]
    public void Tet_is_computed_for_Vietnam_time_not_China_time(int lunarYear, string expected) =>
        Assert.Equal(Vn.Date(expected), LunarCalendar.NewYear(lunarYear));

    [Theory]
    [InlineData(2021, "2021-04-21")]
    [InlineData(2022, "2022-04-10")]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void Hung_Kings_day_is_the_tenth_of_the_third_lunar_month(int year, string expected) =>
        Assert.Equal(Vn.Date(expected), LunarCalendar.ToSolar(year, 3, 10));

    [Theory]
    [InlineData(2024, "2025-01-28")] // 29 tháng Chạp Giáp Thìn: the first official Tết day of 2025
    [InlineData(2025, "2026-02-16")] // 29 tháng Chạp Ất Tỵ: the first official Tết day of 2026
    [InlineData(2022, "2023-01-21")] // 30 tháng Chạp Nhâm Dần
    public void Last_day_of_the_lunar_year_is_the_eve_of_Tet(int lunarYear, string expected)
    {
        Assert.Equal(Vn.Date(expected), LunarCalendar.LastDayOfYear(lunarYear));
        var last = LunarCalendar.FromSolar(Vn.Date(expected));
        Assert.Equal(12, last.Month);
        Assert.Equal(lunarYear, last.Year);
        Assert.Equal(LunarCalendar.DaysInMonth(lunarYear, 12), last.Day);
    }

    [Theory]
    [InlineData(2025, 8, 15, false, "2025-10-06")] // Tết Trung thu 2025
    [InlineData(2025, 7, 15, false, "2025-09-06")] // Vu Lan 2025
    [InlineData(2025, 6, 1, true, "2025-07-25")] // first day of the leap sixth month of Ất Tỵ
    [InlineData(2025, 4, 15, false, "2025-05-12")] // Phật đản 2025
    [InlineData(2025, 12, 23, false, "2026-02-10")] // ông Công ông Táo before Tết Bính Ngọ
    [InlineData(2024, 8, 15, false, "2024-09-17")] // Tết Trung thu 2024
    [InlineData(2024, 12, 2, false, "2025-01-01")]
    public void Known_lunar_dates_convert_both_ways(int year, int month, int day, bool leap, string solar)
    {
        Assert.Equal(Vn.Date(solar), LunarCalendar.ToSolar(year, month, day, leap));
        Assert.Equal(new LunarDate(year, month, day, leap), LunarCalendar.FromSolar(Vn.Date(solar)));
    }

    [Theory]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2028, 5)]
    [InlineData(2031, 3)]
    [InlineData(2033, 11)]
    [InlineData(2036, 6)]
    [InlineData(2024, null)]
    [InlineData(2026, null)]
    [InlineData(2027, null)]
    public void Leap_months_are_where_the_calendar_has_them(int year, int? leapMonth) =>
        Assert.Equal(leapMonth, LunarCalendar.LeapMonth(year));

    [Fact]
    public void Every_day_from_1900_to_2100_converts_to_lunar_and_back()
    {
        var previous = LunarCalendar.FromSolar(new DateOnly(1900, 1, 1));
        for (var date = new DateOnly(1900, 1, 2); date <= new DateOnly(2100, 12, 31); date = date.AddDays(1))
        {
            var lunar = LunarCalendar.FromSolar(date);
            Assert.Equal(date, LunarCalendar.ToSolar(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth));
            bool nextDayOfSameMonth = lunar.Day == previous.Day + 1 && lunar.Month == previous.Month && lunar.IsLeapMonth == previous.IsLeapMonth;
            bool newMonth = lunar.Day == 1 && previous.Day is 29 or 30;
            Assert.True(nextDayOfSameMonth || newMonth, $"{date}: {previous} -> {lunar}");
            previous = lunar;
        }
    }

    [Fact]
    public void Every_lunar_year_has_twelve_or_thirteen_months_of_29_or_30_days()
    {
        for (int year = 1900; year <= 2100; year++)
        {
            int length = LunarCalendar.NewYear(year + 1).DayNumber - LunarCalendar.NewYear(year).DayNumber;
            int? leap = LunarCalendar.LeapMonth(year);
            Assert.InRange(length, leap is null ? 353 : 383, leap is null ? 355 : 385);
            for (int month = 1; month <= 12; month++)
            {
                Assert.InRange(LunarCalendar.DaysInMonth(year, month), 29, 30);
            }
        }
    }

    [Fact]
    public void Tet_always_falls_between_21_January_and_20_February()
    {
        for (int year = 1900; year <= 2100; year++)
        {
            Assert.InRange(LunarCalendar.NewYear(year), new DateOnly(year, 1, 21), new DateOnly(year, 2, 20));
        }
    }

    [Fact]
    public void A_leap_month_that_does_not_exist_is_refused() =>
        Assert.Throws<ArgumentException>(() => LunarCalendar.ToSolar(2026, 6, 1, leapMonth: true));

    [Fact]
    public void Day_30_of_a_29_day_month_is_refused()
    {
        Assert.Equal(29, LunarCalendar.DaysInMonth(2025, 12));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToSolar(2025, 12, 30));
    }

    [Theory]
    [InlineData(1800)]
    [InlineData(2200)]
    public void Years_outside_the_supported_range_are_refused(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.NewYear(year));

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Month_numbers_outside_1_to_12_are_refused(int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToSolar(2025, month, 1));
}
