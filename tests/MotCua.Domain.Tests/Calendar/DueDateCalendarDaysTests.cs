using MotCua.Domain.Calendar;

namespace MotCua.Domain.Tests.Calendar;

/// <summary>Civil Code 2015 Art. 148 with calendar days: when the last day is not worked the period ends at close of the next working day.</summary>
public class DueDateCalendarDaysTests
{
    private static readonly WorkingCalendar Calendar = PublishedCalendar.Calendar;

    [Theory]
    [InlineData("2026-03-02 10:00", 3, "2026-03-05 17:00")]
    [InlineData("2026-03-02 10:00", 4, "2026-03-06 17:00")]
    [InlineData("2026-03-02 10:00", 5, "2026-03-09 17:00")] // ends on Saturday
    [InlineData("2026-03-02 10:00", 6, "2026-03-09 17:00")] // ends on Sunday
    [InlineData("2026-03-02 10:00", 7, "2026-03-09 17:00")]
    [InlineData("2026-03-02 10:00", 30, "2026-04-01 17:00")]
    [InlineData("2026-02-10 10:00", 7, "2026-02-23 17:00")] // ends on Tết
    [InlineData("2026-02-13 10:00", 3, "2026-02-23 17:00")]
    [InlineData("2026-04-20 10:00", 7, "2026-04-28 17:00")] // ends on the compensatory day of Hùng Kings
    [InlineData("2026-08-26 10:00", 6, "2026-09-03 17:00")] // ends on National Day
    [InlineData("2026-08-15 10:00", 7, "2026-08-22 17:00")] // ends on the make-up Saturday
    [InlineData("2025-04-23 10:00", 7, "2025-05-05 17:00")] // ends on 30 Apr 2025
    [InlineData("2026-03-02 10:00", 0, "2026-03-02 17:00")]
    [InlineData("2026-03-07 10:00", 0, "2026-03-09 17:00")]
    public void Calendar_days_end_at_close_of_the_last_day_or_the_next_working_day(string received, int days, string due) =>
        Assert.Equal(Vn.At(due), Calendar.DueDate(Vn.At(received), new ProcessingTime(days, TimeUnit.CalendarDays)));

    [Fact]
    public void Fractional_calendar_days_are_refused() =>
        Assert.Throws<ArgumentException>(() => Calendar.DueDate(Vn.At("2026-03-02 10:00"), new ProcessingTime(1.5m, TimeUnit.CalendarDays)));
}
