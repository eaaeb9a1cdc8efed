using MotCua.Domain.Calendar;

namespace MotCua.Domain.Tests.Calendar;

public class HolidayRuleTests
{
    private static WorkingCalendar With(params HolidayRule[] rules) => WorkingCalendar.Create(rules, []);

    [Fact]
    public void Statutory_rules_of_2019_apply_from_1_January_2021_only()
    {
        var law = PublishedCalendar.RulesOnly();
        Assert.True(law.IsWorkingDay(new DateOnly(2020, 1, 1)));
        Assert.True(law.IsWorkingDay(new DateOnly(2020, 9, 2)));
        Assert.False(law.IsWorkingDay(new DateOnly(2021, 1, 1)));
    }

    [Theory]
    [InlineData("0001-01-01", true)] // a Monday
    [InlineData("1750-01-01", true)] // a Thursday, New Year's Day only in the rules of 2021
    [InlineData("1750-01-03", false)] // a Saturday
    public void Dates_long_before_the_rules_are_plain_weekdays_or_weekends(string date, bool expectWorking)
    {
        var day = Vn.Date(date);
        Assert.Equal(expectWorking, PublishedCalendar.RulesOnly().IsWorkingDay(day));
    }

    [Fact]
    public void Rule_stops_applying_after_its_effective_end()
    {
        var calendar = With(new HolidayRule("Ngày thử", "Test day", HolidayKind.SolarDate, 11, 24, 1, new DateOnly(2021, 1, 1), new DateOnly(2027, 12, 31)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 11, 24)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2028, 11, 24)));
    }

    [Fact]
    public void Rule_added_later_applies_only_from_its_effective_date()
    {
        var newDay = new HolidayRule("Ngày thử", "Test day", HolidayKind.SolarDate, 11, 24, 1, new DateOnly(2027, 1, 1));
        var calendar = WorkingCalendar.Create([.. PublishedCalendar.RuleSet.Rules, newDay], []);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 11, 24)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 11, 24)));
    }

    [Theory]
    [InlineData(2025, "2025-01-28", "2025-02-01")]
    [InlineData(2026, "2026-02-16", "2026-02-20")]
    [InlineData(2023, "2023-01-21", "2023-01-25")]
    public void Tet_block_is_the_last_day_of_the_old_year_and_the_first_four_days_of_the_new(int year, string first, string last)
    {
        var tet = With(new HolidayRule("Tết Âm lịch", "Tết", HolidayKind.TetBlock, 0, 0, 5, new DateOnly(2000, 1, 1)));
        var days = tet.NonWorkingDays(year).Where(d => d.Reason == NonWorkingReason.Holiday).Select(d => d.Date).ToArray();
        Assert.Equal(Vn.Date(first), days[0]);
        Assert.Equal(Vn.Date(last), days[^1]);
        Assert.Equal(5, days.Length);
    }

    [Fact]
    public void Tet_block_length_is_data()
    {
        var tet = With(new HolidayRule("Tết Âm lịch", "Tết", HolidayKind.TetBlock, 0, 0, 6, new DateOnly(2000, 1, 1)));
        Assert.False(tet.IsWorkingDay(Vn.Date("2025-02-03")));
        Assert.Equal(NonWorkingReason.Holiday, tet.NonWorkingDayOn(Vn.Date("2025-02-02"))?.Reason);
    }

    [Fact]
    public void Multi_day_solar_rule_crosses_New_Year()
    {
        var calendar = With(new HolidayRule("Giao thừa", "New Year's Eve", HolidayKind.SolarDate, 12, 31, 2, new DateOnly(2000, 1, 1)));
        Assert.Equal(NonWorkingReason.Holiday, calendar.NonWorkingDayOn(new DateOnly(2025, 12, 31))?.Reason);
        Assert.Equal(NonWorkingReason.Holiday, calendar.NonWorkingDayOn(new DateOnly(2026, 1, 1))?.Reason);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 1, 2)));
    }

    [Fact]
    public void Lunar_rule_on_day_30_falls_on_the_last_day_of_a_29_day_month()
    {
        var calendar = With(new HolidayRule("30 tháng Chạp", "Lunar year's last day", HolidayKind.LunarDate, 12, 30, 1, new DateOnly(2000, 1, 1)));
        Assert.Equal(29, LunarCalendar.DaysInMonth(2025, 12));
        Assert.Equal(NonWorkingReason.Holiday, calendar.NonWorkingDayOn(Vn.Date("2026-02-16"))?.Reason);
    }

    [Fact]
    public void Lunar_rule_late_in_the_lunar_year_lands_in_the_next_Gregorian_year()
    {
        var calendar = With(new HolidayRule("Ông Công ông Táo", "Kitchen Gods' day", HolidayKind.LunarDate, 12, 23, 1, new DateOnly(2000, 1, 1)));
        Assert.Equal(NonWorkingReason.Holiday, calendar.NonWorkingDayOn(Vn.Date("2026-02-10"))?.Reason);
        Assert.Single(calendar.DaysOff(2026));
    }

    [Fact]
    public void Two_rules_on_the_same_day_make_one_day_off_with_both_names()
    {
        var calendar = With(
            new HolidayRule("Một", "One", HolidayKind.SolarDate, 3, 3, 1, new DateOnly(2000, 1, 1)),
            new HolidayRule("Hai", "Two", HolidayKind.SolarDate, 3, 3, 1, new DateOnly(2000, 1, 1)));
        var day = Assert.Single(calendar.DaysOff(2026));
        Assert.Equal("Một; Hai", day.Name);
    }

    [Theory]
    [InlineData(HolidayKind.SolarDate, 13, 1, 1)]
    [InlineData(HolidayKind.SolarDate, 2, 30, 1)]
    [InlineData(HolidayKind.LunarDate, 3, 31, 1)]
    [InlineData(HolidayKind.TetBlock, 1, 1, 5)]
    [InlineData(HolidayKind.SolarDate, 5, 1, 0)]
    public void Invalid_rule_is_refused(HolidayKind kind, int month, int day, int days) =>
        Assert.Throws<ArgumentException>(() => With(new HolidayRule("Sai", "Wrong", kind, month, day, days, new DateOnly(2021, 1, 1))));

    [Fact]
    public void Rule_ending_before_it_starts_is_refused() =>
        Assert.Throws<ArgumentException>(() => With(new HolidayRule("Sai", "Wrong", HolidayKind.SolarDate, 5, 1, 1, new DateOnly(2021, 1, 1), new DateOnly(2020, 1, 1))));

    [Fact]
    public void The_same_date_overridden_twice_is_refused() =>
        Assert.Throws<ArgumentException>(() => WorkingCalendar.Create([], [
            new CalendarOverride(new DateOnly(2026, 8, 22), OverrideKind.WorkingDay, "a"),
            new CalendarOverride(new DateOnly(2026, 8, 22), OverrideKind.DayOff, "b"),
        ]));
}
