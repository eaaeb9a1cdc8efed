using MotCua.Domain.Calendar;

namespace MotCua.Domain.Tests.Calendar;

/// <summary>Civil Code 2015 Art. 147–148 in working days: the event's day is not counted; the period ends at 17:00 of its last working day.</summary>
public class DueDateWorkingDaysTests
{
    private static readonly WorkingCalendar Calendar = PublishedCalendar.Calendar;

    [Theory]
    // An ordinary week
    [InlineData("2026-03-02 09:00", 1, "2026-03-03 17:00")]
    [InlineData("2026-03-02 16:59", 1, "2026-03-03 17:00")]
    [InlineData("2026-03-02 18:30", 1, "2026-03-03 17:00")]
    [InlineData("2026-03-02 09:00", 3, "2026-03-05 17:00")]
    [InlineData("2026-03-02 09:00", 5, "2026-03-09 17:00")]
    [InlineData("2026-03-06 09:00", 1, "2026-03-09 17:00")]
    [InlineData("2026-03-07 09:00", 1, "2026-03-09 17:00")] // received on a Saturday opening
    [InlineData("2026-03-08 09:00", 1, "2026-03-09 17:00")]
    [InlineData("2026-03-02 09:00", 10, "2026-03-16 17:00")]
    // Across Tết 2026 (off 14–22 Feb)
    [InlineData("2026-02-12 10:00", 1, "2026-02-13 17:00")]
    [InlineData("2026-02-12 10:00", 2, "2026-02-23 17:00")]
    [InlineData("2026-02-13 10:00", 1, "2026-02-23 17:00")]
    [InlineData("2026-02-13 10:00", 2, "2026-02-24 17:00")]
    [InlineData("2026-02-13 10:00", 5, "2026-02-27 17:00")]
    [InlineData("2026-02-17 10:00", 1, "2026-02-23 17:00")] // received online during Tết
    [InlineData("2026-02-06 10:00", 15, "2026-03-06 17:00")]
    // Hùng Kings 2026 and its compensatory day, then 30 Apr – 1 May
    [InlineData("2026-04-24 10:00", 1, "2026-04-28 17:00")]
    [InlineData("2026-04-24 10:00", 3, "2026-05-04 17:00")]
    // Quốc khánh 2026 with the make-up Saturday 22 Aug
    [InlineData("2026-08-21 10:00", 1, "2026-08-22 17:00")]
    [InlineData("2026-08-21 10:00", 2, "2026-08-24 17:00")]
    [InlineData("2026-08-20 10:00", 2, "2026-08-22 17:00")]
    [InlineData("2026-08-22 10:00", 1, "2026-08-24 17:00")]
    [InlineData("2026-08-28 10:00", 1, "2026-09-03 17:00")]
    [InlineData("2026-08-27 10:00", 2, "2026-09-03 17:00")]
    [InlineData("2026-08-27 10:00", 3, "2026-09-04 17:00")]
    // 2025: Tết with the swapped Monday; 30 Apr with the make-up Saturday 26 Apr
    [InlineData("2025-01-24 10:00", 1, "2025-02-03 17:00")]
    [InlineData("2025-01-24 10:00", 2, "2025-02-04 17:00")]
    [InlineData("2025-02-14 10:00", 1, "2025-02-15 17:00")]
    [InlineData("2025-04-25 10:00", 1, "2025-04-26 17:00")]
    [InlineData("2025-04-25 10:00", 2, "2025-04-28 17:00")]
    [InlineData("2025-04-29 10:00", 1, "2025-05-05 17:00")]
    [InlineData("2025-08-29 10:00", 1, "2025-09-03 17:00")]
    public void Working_days_end_at_close_of_the_last_working_day(string received, int days, string due)
    {
        Assert.Equal(Vn.At(due), Calendar.DueDate(Vn.At(received), new ProcessingTime(days, TimeUnit.WorkingDays)));
        Assert.Equal(Vn.At(due), Calendar.AddWorkingDays(Vn.At(received), days));
    }

    [Theory]
    [InlineData("2026-03-02 10:00", "2026-03-02 17:00")] // a working day before close: that day
    [InlineData("2026-03-02 17:00", "2026-03-03 17:00")] // at close: the next working day
    [InlineData("2026-03-02 06:00", "2026-03-02 17:00")]
    [InlineData("2026-03-07 09:00", "2026-03-09 17:00")] // Saturday
    [InlineData("2026-02-17 09:00", "2026-02-23 17:00")] // Tết
    [InlineData("2026-08-22 09:00", "2026-08-22 17:00")] // make-up Saturday
    public void Zero_working_days_end_at_close_of_the_first_working_day_from_the_event(string received, string due) =>
        Assert.Equal(Vn.At(due), Calendar.DueDate(Vn.At(received), new ProcessingTime(0, TimeUnit.WorkingDays)));

    [Theory]
    [InlineData("2026-03-02 10:00", "0.5", "2026-03-03 11:30")]
    [InlineData("2026-03-02 10:00", "0.25", "2026-03-03 09:30")]
    [InlineData("2026-03-02 10:00", "0.75", "2026-03-03 15:00")]
    [InlineData("2026-03-02 10:00", "1.5", "2026-03-04 11:30")]
    [InlineData("2026-03-02 10:00", "2.5", "2026-03-05 11:30")]
    [InlineData("2026-03-07 10:00", "0.5", "2026-03-09 11:30")]
    [InlineData("2026-02-13 10:00", "0.5", "2026-02-23 11:30")]
    [InlineData("2026-02-13 10:00", "1.5", "2026-02-24 11:30")]
    [InlineData("2026-08-21 10:00", "1.5", "2026-08-24 11:30")]
    public void Fractional_working_days_count_the_fraction_in_office_hours_of_the_following_working_day(string received, string days, string due) =>
        Assert.Equal(Vn.At(due), Calendar.DueDate(Vn.At(received), new ProcessingTime(decimal.Parse(days, System.Globalization.CultureInfo.InvariantCulture), TimeUnit.WorkingDays)));

    [Fact]
    public void Fractional_days_never_end_before_fewer_days_or_after_more()
    {
        var received = Vn.At("2026-02-12 10:00");
        var previous = DateTimeOffset.MinValue;
        for (decimal days = 0; days <= 6; days += 0.25m)
        {
            var due = Calendar.DueDate(received, new ProcessingTime(days, TimeUnit.WorkingDays));
            Assert.True(due > previous, $"{days} days: {Vn.Show(due)} is not after {Vn.Show(previous)}");
            previous = due;
        }
    }

    [Fact]
    public void Event_given_in_UTC_counts_from_its_Vietnamese_date_and_the_result_is_in_Vietnam_time()
    {
        // 20:00 UTC on 2 March is 03:00 on Tuesday 3 March in Vietnam.
        var due = Calendar.DueDate(new DateTimeOffset(2026, 3, 2, 20, 0, 0, TimeSpan.Zero), new ProcessingTime(1, TimeUnit.WorkingDays));
        Assert.Equal(Vn.At("2026-03-04 17:00"), due);
        Assert.Equal(TimeSpan.FromHours(7), due.Offset);
    }

    [Fact]
    public void Every_due_date_of_2025_and_2026_is_a_working_day_at_close_and_exactly_n_working_days_away()
    {
        for (var day = new DateOnly(2025, 1, 1); day <= new DateOnly(2026, 12, 20); day = day.AddDays(1))
        {
            var received = VietnamTime.At(day, new TimeOnly(10, 0));
            foreach (int n in new[] { 1, 2, 3, 5, 7 })
            {
                var due = Calendar.AddWorkingDays(received, n);
                var dueDay = VietnamTime.LocalDate(due);
                Assert.True(Calendar.IsWorkingDay(dueDay), $"{day} + {n}: {dueDay} is not a working day");
                Assert.Equal(new TimeOnly(17, 0), TimeOnly.FromDateTime(VietnamTime.ToLocal(due).DateTime));
                Assert.Equal(n, Calendar.WorkingDaysBetween(day, dueDay));
            }
        }
    }

    [Fact]
    public void Negative_processing_time_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.DueDate(Vn.At("2026-03-02 10:00"), new ProcessingTime(-1, TimeUnit.WorkingDays)));
}
