using System.Globalization;
using MotCua.Domain.Calendar;

namespace MotCua.Domain.Tests.Calendar;

public class LunarAstronomyTests
{
    [Fact]
    public void New_moon_matches_Meeus_example_49a()
    {
        // 1977 February 18, 3h37m42s TD.
        Assert.Equal(2443192.65118, Astronomy.NewMoonJde(-283), 5);
    }

    [Fact]
    public void Sun_longitude_matches_Meeus_example_25a()
    {
        // 1992 October 13.0 TD: apparent longitude 199°54'32".
        Assert.Equal(199.9089, Astronomy.SunApparentLongitude(2448908.5), 3);
    }

    [Theory]
    [InlineData(2000, 63.9, 1.0)]
    [InlineData(2025, 74.5, 6.0)] // observed about 69 s; the polynomial predicts a little more
    [InlineData(1950, 29.1, 1.0)]
    public void Delta_T_is_close_to_the_observed_values(double year, double seconds, double tolerance) =>
        Assert.InRange(Astronomy.DeltaTSeconds(year), seconds - tolerance, seconds + tolerance);

    /// <summary>
    /// An independent check of the whole method: run for UTC+8, the same astronomy and rules must give
    /// .NET's ChineseLunisolarCalendar (a table from Chinese sources) day for day. China has counted in
    /// UTC+8 since 1929. The one exception is the month from 28 Sep 2057, whose new moon falls within
    /// a minute of Beijing midnight, where published tables themselves disagree.
    /// </summary>
    [Fact]
    public void Computed_for_UTC_plus_8_it_reproduces_the_Chinese_calendar_from_1929_to_2100()
    {
        var china = new ChineseLunisolarCalendar();
        var computed = new Lunisolar(8.0);
        var differing = new List<string>();
        for (var date = new DateOnly(1929, 1, 1); date <= new DateOnly(2100, 12, 31); date = date.AddDays(1))
        {
            if (date >= new DateOnly(2057, 9, 28) && date <= new DateOnly(2057, 10, 27))
            {
                continue;
            }

            var dt = date.ToDateTime(TimeOnly.MinValue);
            int year = china.GetYear(dt), month = china.GetMonth(dt), day = china.GetDayOfMonth(dt);
            int leap = china.GetLeapMonth(year);
            bool isLeap = leap > 0 && month == leap;
            int number = leap > 0 && month >= leap ? month - 1 : month;
            var mine = computed.MonthOf(date);
            int myDay = date.DayNumber - mine.Start.DayNumber + 1;
            if (mine.LunarYear != year || mine.Number != number || mine.IsLeap != isLeap || myDay != day)
            {
                differing.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        Assert.Empty(differing);
    }

    [Fact]
    public void Between_2000_and_2050_Vietnam_and_China_differ_only_in_2007_and_2030()
    {
        var china = new ChineseLunisolarCalendar();
        var differing = Enumerable.Range(2000, 51)
            .Where(y => LunarCalendar.NewYear(y) != DateOnly.FromDateTime(china.ToDateTime(y, 1, 1, 0, 0, 0, 0)))
            .ToArray();
        Assert.Equal([2007, 2030], differing);
    }

    [Theory]
    [InlineData(2007, "2007-02-17", 23)] // new moon 17 Feb 2007, 23:14 in Vietnam, 00:14 on 18 Feb in China
    [InlineData(2030, "2030-02-02", 23)]
    public void Where_they_differ_the_new_moon_falls_in_the_last_hour_of_the_Vietnamese_day(int year, string tet, int hour)
    {
        int k = Astronomy.NearestNewMoonNumber(Vn.Date(tet).DayNumber + 1721426);
        double ut = Astronomy.ToUniversalTime(Astronomy.NewMoonJde(k));
        var instant = new DateTimeOffset(2000, 1, 1, 12, 0, 0, TimeSpan.Zero).AddDays(ut - 2451545.0).ToOffset(VietnamTime.Offset);
        Assert.Equal(Vn.Date(tet), DateOnly.FromDateTime(instant.DateTime));
        Assert.Equal(hour, instant.Hour);
        Assert.Equal(year, LunarCalendar.FromSolar(Vn.Date(tet)).Year);
    }
}
