using MotCua.Domain.Calendar;

namespace MotCua.Domain.Tests.Calendar;

public class JudgeTests
{
    private static readonly WorkingCalendar Calendar = PublishedCalendar.Calendar;

    [Theory]
    [InlineData("2026-03-03 17:00", "2026-03-03 17:00", TimelinessMark.OnTime)]
    [InlineData("2026-03-03 09:00", "2026-03-03 17:00", TimelinessMark.OnTime)] // same day, earlier hour
    [InlineData("2026-03-03 17:01", "2026-03-03 17:00", TimelinessMark.Late)]
    [InlineData("2026-03-04 08:00", "2026-03-03 17:00", TimelinessMark.Late)]
    [InlineData("2026-03-02 16:00", "2026-03-03 17:00", TimelinessMark.Early)]
    [InlineData("2026-02-13 10:00", "2026-02-23 17:00", TimelinessMark.Early)]
    [InlineData("2026-03-04 11:00", "2026-03-04 11:30", TimelinessMark.OnTime)]
    public void Completion_is_early_on_time_or_late(string completed, string due, TimelinessMark expected) =>
        Assert.Equal(expected, Calendar.Judge(Vn.At(completed), Vn.At(due)));

    [Fact]
    public void Late_by_one_tick_is_late() =>
        Assert.Equal(TimelinessMark.Late, Calendar.Judge(Vn.At("2026-03-03 17:00").AddTicks(1), Vn.At("2026-03-03 17:00")));

    [Theory]
    [InlineData(16, 30, TimelinessMark.Early)] // 23:30 on 2 March in Vietnam
    [InlineData(17, 30, TimelinessMark.OnTime)] // 00:30 on 3 March in Vietnam
    public void Days_are_compared_in_Vietnam_time_not_UTC(int utcHour, int utcMinute, TimelinessMark expected) =>
        Assert.Equal(expected, Calendar.Judge(new DateTimeOffset(2026, 3, 2, utcHour, utcMinute, 0, TimeSpan.Zero), Vn.At("2026-03-03 17:00")));
}
