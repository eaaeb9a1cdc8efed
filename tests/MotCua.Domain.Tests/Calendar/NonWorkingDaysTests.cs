using MotCua.Domain.Calendar;

namespace MotCua.Domain.Tests.Calendar;

public class NonWorkingDaysTests
{
    private static readonly WorkingCalendar Calendar = PublishedCalendar.Calendar;

    [Theory]
    [InlineData(2025, 114)] // 104 weekend days − 2 make-up Saturdays + 12 weekdays off
    [InlineData(2026, 115)] // 104 weekend days − 1 make-up Saturday + 12 weekdays off
    public void Non_working_days_of_a_year_include_weekends_and_days_off(int year, int count) =>
        Assert.Equal(count, Calendar.NonWorkingDays(year).Count);

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Non_working_days_are_in_date_order_within_the_year_and_never_worked(int year)
    {
        var days = Calendar.NonWorkingDays(year);
        Assert.Equal(days.OrderBy(d => d.Date), days);
        Assert.All(days, d => Assert.Equal(year, d.Date.Year));
        Assert.All(days, d => Assert.False(Calendar.IsWorkingDay(d.Date)));
        Assert.Equal(days.Count, days.Select(d => d.Date).Distinct().Count());
    }

    [Fact]
    public void Make_up_Saturdays_are_not_listed_as_non_working()
    {
        var days = Calendar.NonWorkingDays(2026).Select(d => d.Date).ToHashSet();
        Assert.DoesNotContain(Vn.Date("2026-08-22"), days);
        Assert.Contains(Vn.Date("2026-08-29"), days);
    }

    [Fact]
    public void Every_day_is_either_worked_or_listed_as_non_working()
    {
        var listed = Calendar.NonWorkingDays(2026).Select(d => d.Date).ToHashSet();
        for (var d = new DateOnly(2026, 1, 1); d.Year == 2026; d = d.AddDays(1))
        {
            Assert.NotEqual(listed.Contains(d), Calendar.IsWorkingDay(d));
        }
    }

    [Fact]
    public void Days_off_carry_Vietnamese_and_English_names()
    {
        var tet = Calendar.NonWorkingDayOn(Vn.Date("2026-02-17"));
        Assert.NotNull(tet);
        Assert.Equal("Tết Âm lịch", tet.Name);
        Assert.Equal("Lunar New Year (Tết)", tet.NameEn);

        var sunday = Calendar.NonWorkingDayOn(Vn.Date("2026-03-08"));
        Assert.NotNull(sunday);
        Assert.Equal("Chủ nhật", sunday.Name);
        Assert.Equal("Sunday", sunday.NameEn);
    }

    [Fact]
    public void A_holiday_on_a_weekend_is_listed_as_the_holiday()
    {
        var day = Calendar.NonWorkingDayOn(Vn.Date("2026-04-26"));
        Assert.NotNull(day);
        Assert.Equal(NonWorkingReason.Holiday, day.Reason);
        Assert.Equal("Giỗ Tổ Hùng Vương", day.Name);
    }

    [Fact]
    public void A_working_day_has_no_non_working_entry() =>
        Assert.Null(Calendar.NonWorkingDayOn(Vn.Date("2026-03-02")));
}
