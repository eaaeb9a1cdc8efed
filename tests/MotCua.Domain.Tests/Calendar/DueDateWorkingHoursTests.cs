using System.Globalization;
using MotCua.Domain.Calendar;

namespace MotCua.Domain.Tests.Calendar;

/// <summary>Civil Code 2015 Art. 147(1): a period in hours starts at the event; only office hours of working days count.</summary>
public class DueDateWorkingHoursTests
{
    private static readonly WorkingCalendar Calendar = PublishedCalendar.Calendar;

    [Theory]
    [InlineData("2026-03-02 08:00", "2", "2026-03-02 10:00")]
    [InlineData("2026-03-02 07:30", "8", "2026-03-02 17:00")]
    [InlineData("2026-03-02 07:30", "16", "2026-03-03 17:00")]
    [InlineData("2026-03-02 10:30", "1", "2026-03-02 11:30")] // used up exactly at the end of the morning
    [InlineData("2026-03-02 10:30", "2", "2026-03-02 14:00")] // across lunch
    [InlineData("2026-03-02 11:15", "0.5", "2026-03-02 13:15")]
    [InlineData("2026-03-02 12:00", "1", "2026-03-02 14:00")] // received at lunch: from 13:00
    [InlineData("2026-03-02 06:00", "1", "2026-03-02 08:30")] // before opening
    [InlineData("2026-03-02 16:00", "2", "2026-03-03 08:30")] // overnight
    [InlineData("2026-03-02 18:00", "1", "2026-03-03 08:30")] // after close
    [InlineData("2026-03-02 16:30", "0.5", "2026-03-02 17:00")]
    [InlineData("2026-03-02 16:45", "0.5", "2026-03-03 07:45")]
    [InlineData("2026-03-02 09:00", "0.25", "2026-03-02 09:15")]
    [InlineData("2026-03-02 09:00", "1.75", "2026-03-02 10:45")]
    [InlineData("2026-03-06 16:00", "2", "2026-03-09 08:30")] // across a weekend
    [InlineData("2026-03-07 09:00", "1", "2026-03-09 08:30")] // received on Saturday
    [InlineData("2026-02-13 16:00", "8", "2026-02-23 16:00")] // across Tết
    [InlineData("2026-04-24 15:00", "4", "2026-04-28 09:30")] // across Hùng Kings and its compensatory day
    [InlineData("2026-08-22 10:00", "1", "2026-08-22 11:00")] // make-up Saturday is worked
    [InlineData("2026-08-21 16:00", "2", "2026-08-22 08:30")]
    [InlineData("2026-08-24 07:30", "40", "2026-08-28 17:00")]
    [InlineData("2026-08-24 07:30", "48", "2026-09-03 17:00")]
    [InlineData("2026-03-02 10:00", "0", "2026-03-02 10:00")]
    [InlineData("2026-03-02 12:00", "0", "2026-03-02 13:00")]
    public void Working_hours_count_office_hours_of_working_days_only(string received, string hours, string due)
    {
        decimal h = decimal.Parse(hours, CultureInfo.InvariantCulture);
        Assert.Equal(Vn.At(due), Calendar.DueDate(Vn.At(received), new ProcessingTime(h, TimeUnit.WorkingHours)));
        Assert.Equal(Vn.At(due), Calendar.AddWorkingHours(Vn.At(received), h));
    }

    [Fact]
    public void Hours_are_counted_to_the_minute()
    {
        var due = Calendar.AddWorkingHours(Vn.At("2026-03-02 08:00"), 1m / 3m);
        Assert.Equal(Vn.At("2026-03-02 08:20"), due.AddTicks(-(due.Ticks % TimeSpan.TicksPerMinute)));
    }

    [Fact]
    public void Negative_hours_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingHours(Vn.At("2026-03-02 08:00"), -1));
}
