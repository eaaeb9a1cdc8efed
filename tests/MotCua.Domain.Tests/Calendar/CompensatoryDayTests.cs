using MotCua.Domain.Calendar;

namespace MotCua.Domain.Tests.Calendar;

/// <summary>Labour Code 2019 Art. 111(3): a holiday on a weekly rest day gives a day off on the next working day.</summary>
public class CompensatoryDayTests
{
    private static readonly WorkingCalendar Law = PublishedCalendar.RulesOnly();

    [Theory]
    [InlineData("2022-01-01", "2022-01-03")] // Tết Dương lịch on Saturday
    [InlineData("2028-01-01", "2028-01-03")] // Tết Dương lịch on Saturday
    [InlineData("2022-04-10", "2022-04-11")] // Hùng Kings on Sunday
    [InlineData("2026-04-26", "2026-04-27")] // Hùng Kings on Sunday
    [InlineData("2022-04-30", "2022-05-02")] // 30 Apr on Saturday, 1 May on Sunday: Monday and Tuesday
    [InlineData("2022-05-01", "2022-05-03")]
    [InlineData("2027-05-01", "2027-05-03")] // 1 May on Saturday
    [InlineData("2023-04-29", "2023-05-02")] // Hùng Kings on Saturday: Monday 1 May is itself a holiday
    [InlineData("2023-04-30", "2023-05-03")]
    [InlineData("2029-09-01", "2029-09-03")] // both National Day days on a weekend
    [InlineData("2029-09-02", "2029-09-04")]
    [InlineData("2024-02-10", "2024-02-14")] // Tết Giáp Thìn on Saturday and Sunday, after the Tết days
    [InlineData("2024-02-11", "2024-02-15")]
    public void Holiday_on_a_weekend_gives_the_next_free_working_day_off(string holiday, string compensatory)
    {
        var day = Law.NonWorkingDayOn(Vn.Date(compensatory));
        Assert.NotNull(day);
        Assert.Equal(NonWorkingReason.Compensatory, day.Reason);
        Assert.Contains(Vn.Date(holiday).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), day.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022-01-04")]
    [InlineData("2022-04-12")]
    [InlineData("2022-05-04")]
    [InlineData("2023-05-04")]
    [InlineData("2024-02-16")]
    public void The_day_after_the_compensatory_days_is_worked(string date) =>
        Assert.True(Law.IsWorkingDay(Vn.Date(date)));

    [Theory]
    [InlineData("2025-04-30")] // Wednesday
    [InlineData("2026-01-01")] // Thursday
    [InlineData("2027-01-01")] // Friday
    public void Holiday_on_a_weekday_gives_no_compensatory_day(string holiday)
    {
        var year = Vn.Date(holiday).Year;
        Assert.DoesNotContain(Law.DaysOff(year), d => d.Reason == NonWorkingReason.Compensatory && d.Name.Contains(Vn.Date(holiday).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public void Compensatory_day_skips_a_weekday_already_off_by_decision()
    {
        var calendar = PublishedCalendar.RulesOnly(new CalendarOverride(Vn.Date("2022-01-03"), OverrideKind.DayOff, "Thử nghiệm"));
        Assert.Equal(NonWorkingReason.Override, calendar.NonWorkingDayOn(Vn.Date("2022-01-03"))?.Reason);
        Assert.Equal(NonWorkingReason.Compensatory, calendar.NonWorkingDayOn(Vn.Date("2022-01-04"))?.Reason);
    }

    [Fact]
    public void A_decision_that_the_compensatory_day_is_worked_cancels_it()
    {
        var calendar = PublishedCalendar.RulesOnly(new CalendarOverride(Vn.Date("2022-01-03"), OverrideKind.WorkingDay, "Thử nghiệm"));
        Assert.True(calendar.IsWorkingDay(Vn.Date("2022-01-03")));
        Assert.True(calendar.IsWorkingDay(Vn.Date("2022-01-04")));
    }

    [Fact]
    public void Compensatory_day_crosses_into_the_next_year()
    {
        var newYearsEve = new HolidayRule("Thử nghiệm", "Test", HolidayKind.SolarDate, 12, 31, 1, new DateOnly(2021, 1, 1));
        var calendar = WorkingCalendar.Create([.. PublishedCalendar.RuleSet.Rules, newYearsEve], []);
        // 31 Dec 2028 is a Sunday; the next day, Monday 1 Jan 2029, is a holiday itself.
        Assert.Equal(NonWorkingReason.Holiday, calendar.NonWorkingDayOn(new DateOnly(2029, 1, 1))?.Reason);
        Assert.Equal(NonWorkingReason.Compensatory, calendar.NonWorkingDayOn(new DateOnly(2029, 1, 2))?.Reason);
    }
}
