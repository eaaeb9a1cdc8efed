using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Tests.Dossiers;

public sealed class StepScheduleTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Create([], []);
    private static DateTimeOffset Vn(int m, int d, int h, int min = 0) => new(2026, m, d, h, min, 0, TimeSpan.FromHours(7));

    [Fact]
    public void The_last_step_ends_exactly_at_the_due_date_and_steps_never_go_backwards()
    {
        var start = Vn(3, 2, 9);
        var time = new ProcessingTime(10, TimeUnit.WorkingDays);

        var dues = StepSchedule.Compute(start, time, [0.5m, 7m, 2m, 0.5m], Calendar);

        Assert.Equal(Calendar.DueDate(start, time), dues[^1]);
        Assert.Equal(dues.Order().ToList(), dues);
        Assert.Equal(Vn(3, 2, 14, 30), dues[0]); // half a day = 4 office hours from 09:00 across the lunch break
    }

    [Fact]
    public void Same_day_steps_share_the_day_and_end_at_its_close()
    {
        var start = Vn(3, 2, 8);
        var dues = StepSchedule.Compute(start, new ProcessingTime(1, TimeUnit.SameDay, new TimeOnly(15, 0)), [0.125m, 0.5m, 0.25m, 0.125m], Calendar);

        Assert.Equal(Vn(3, 2, 9), dues[0]);
        Assert.Equal(Vn(3, 2, 17), dues[^1]);
        Assert.All(dues, d => Assert.True(d <= Vn(3, 2, 17)));
    }

    [Theory]
    [InlineData(TimeUnit.WorkingDays, 10, new[] { 0.5, 7, 2, 0.5 }, true)]
    [InlineData(TimeUnit.WorkingDays, 10, new[] { 0.5, 7, 2 }, false)]
    [InlineData(TimeUnit.SameDay, 1, new[] { 0.25, 0.5, 0.25 }, true)]
    [InlineData(TimeUnit.WorkingHours, 4, new[] { 1.0, 2, 1 }, true)]
    [InlineData(TimeUnit.CalendarDays, 15, new[] { 1.0, 13, 2 }, false)]
    public void Allotments_must_sum_to_the_statutory_time(TimeUnit unit, int amount, double[] allotments, bool expected) =>
        Assert.Equal(expected, StepSchedule.SumsToStatutoryTime(new ProcessingTime(amount, unit), allotments.Select(a => (decimal)a)));
}
