using MotCua.Domain.Calendar;

namespace MotCua.Domain.Tests.Calendar;

public class SameDayAndTransferTests
{
    private static readonly WorkingCalendar Calendar = PublishedCalendar.Calendar;

    [Theory]
    [InlineData("2026-03-02 09:00", "2026-03-02 17:00")]
    [InlineData("2026-03-02 14:59", "2026-03-02 17:00")]
    [InlineData("2026-03-02 15:00", "2026-03-03 17:00")] // at the cutoff: next working day
    [InlineData("2026-03-02 15:30", "2026-03-03 17:00")]
    [InlineData("2026-03-02 06:00", "2026-03-02 17:00")] // online before opening
    [InlineData("2026-03-02 22:00", "2026-03-03 17:00")]
    [InlineData("2026-03-07 09:00", "2026-03-09 17:00")] // Saturday-morning opening
    [InlineData("2026-03-08 09:00", "2026-03-09 17:00")]
    [InlineData("2026-02-13 10:00", "2026-02-13 17:00")]
    [InlineData("2026-02-13 16:00", "2026-02-23 17:00")] // after the cutoff before Tết
    [InlineData("2026-08-21 15:30", "2026-08-22 17:00")] // the next working day is the make-up Saturday
    [InlineData("2026-08-22 09:00", "2026-08-22 17:00")] // received on the make-up Saturday
    [InlineData("2026-08-28 15:30", "2026-09-03 17:00")]
    public void Same_day_processing_ends_today_before_the_cutoff_else_on_the_next_working_day(string received, string due) =>
        Assert.Equal(Vn.At(due), Calendar.DueDate(Vn.At(received), new ProcessingTime(0, TimeUnit.SameDay)));

    [Theory]
    [InlineData("2026-03-02 15:30", "2026-03-02 17:00")]
    [InlineData("2026-03-02 16:00", "2026-03-03 17:00")]
    public void Same_day_cutoff_is_configurable_per_procedure(string received, string due) =>
        Assert.Equal(Vn.At(due), Calendar.DueDate(Vn.At(received), new ProcessingTime(0, TimeUnit.SameDay, new TimeOnly(16, 0))));

    [Theory]
    [InlineData("2026-03-02 09:00", "2026-03-02 17:00")]
    [InlineData("2026-03-02 14:59", "2026-03-02 17:00")]
    [InlineData("2026-03-02 15:00", "2026-03-03 11:30")]
    [InlineData("2026-03-02 16:30", "2026-03-03 11:30")]
    [InlineData("2026-03-06 15:10", "2026-03-09 11:30")] // Friday afternoon: Monday morning
    [InlineData("2026-03-07 09:00", "2026-03-09 11:30")] // received on a Saturday
    [InlineData("2026-02-13 15:30", "2026-02-23 11:30")] // before Tết
    [InlineData("2026-08-21 16:00", "2026-08-22 11:30")] // make-up Saturday
    [InlineData("2026-08-28 16:00", "2026-09-03 11:30")] // before National Day
    [InlineData("2025-01-24 15:45", "2025-02-03 11:30")]
    public void Paper_dossiers_are_transferred_the_same_day_or_by_the_next_morning_after_15_00(string received, string deadline) =>
        Assert.Equal(Vn.At(deadline), Calendar.TransferDeadline(Vn.At(received)));
}
