using MotCua.Domain.Calendar;

namespace MotCua.Domain.Tests.Calendar;

public class WorkingDaysBetweenTests
{
    private static readonly WorkingCalendar Calendar = PublishedCalendar.Calendar;

    [Theory]
    [InlineData("2026-03-02", "2026-03-02", 0)]
    [InlineData("2026-03-02", "2026-03-03", 1)]
    [InlineData("2026-03-02", "2026-03-09", 5)]
    [InlineData("2026-03-06", "2026-03-08", 0)]
    [InlineData("2026-02-13", "2026-02-23", 1)]
    [InlineData("2026-02-12", "2026-02-24", 3)]
    [InlineData("2026-08-21", "2026-08-24", 2)] // counts the make-up Saturday
    [InlineData("2026-08-28", "2026-09-03", 1)]
    [InlineData("2025-01-24", "2025-02-03", 1)]
    [InlineData("2026-03-09", "2026-03-02", -5)]
    public void Working_days_are_counted_after_the_first_date_up_to_the_second(string from, string to, int expected) =>
        Assert.Equal(expected, Calendar.WorkingDaysBetween(Vn.Date(from), Vn.Date(to)));
}
