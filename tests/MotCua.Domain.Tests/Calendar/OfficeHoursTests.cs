using MotCua.Domain.Calendar;

namespace MotCua.Domain.Tests.Calendar;

public class OfficeHoursTests
{
    private static readonly WorkPeriod SaturdayMorning = new(new TimeOnly(7, 30), new TimeOnly(11, 30));

    private static readonly WorkingCalendar SaturdayCenter = WorkingCalendar.Create(
        PublishedCalendar.RuleSet.Rules, PublishedCalendar.RuleSet.Overrides, OfficeHours.Default.WithReception(DayOfWeek.Saturday, SaturdayMorning));

    [Fact]
    public void Default_office_day_is_07_30_to_11_30_and_13_00_to_17_00()
    {
        var hours = OfficeHours.Default;
        Assert.Equal(new TimeOnly(7, 30), hours.Open);
        Assert.Equal(new TimeOnly(11, 30), hours.EndOfMorning);
        Assert.Equal(new TimeOnly(17, 0), hours.Close);
        Assert.Equal(8m, hours.HoursPerDay);
    }

    [Theory]
    [InlineData("2026-03-02 07:29", false)]
    [InlineData("2026-03-02 07:30", true)]
    [InlineData("2026-03-02 11:29", true)]
    [InlineData("2026-03-02 11:30", false)]
    [InlineData("2026-03-02 12:15", false)]
    [InlineData("2026-03-02 13:00", true)]
    [InlineData("2026-03-02 17:00", false)]
    [InlineData("2026-03-07 09:00", false)]
    [InlineData("2026-03-08 09:00", false)]
    public void Counters_of_the_default_office_open_in_the_working_sessions_on_weekdays(string at, bool open) =>
        Assert.Equal(open, OfficeHours.Default.IsOpenForReception(Vn.At(at)));

    [Theory]
    [InlineData("2026-03-07 09:00", true)]
    [InlineData("2026-03-07 14:00", false)]
    [InlineData("2026-03-08 09:00", false)]
    [InlineData("2026-03-02 09:00", true)]
    public void A_center_open_on_Saturday_morning_receives_then(string at, bool open) =>
        Assert.Equal(open, SaturdayCenter.OfficeHours.IsOpenForReception(Vn.At(at)));

    [Fact]
    public void Saturday_reception_does_not_make_Saturday_a_working_day()
    {
        var saturday = Vn.At("2026-03-07 09:00");
        Assert.True(SaturdayCenter.IsOpenForReception(saturday));
        Assert.False(SaturdayCenter.IsWorkingDay(Vn.Date("2026-03-07")));
        Assert.Equal(Vn.At("2026-03-09 17:00"), SaturdayCenter.DueDate(saturday, new ProcessingTime(0, TimeUnit.SameDay)));
        Assert.Equal(Vn.At("2026-03-09 17:00"), SaturdayCenter.DueDate(saturday, new ProcessingTime(1, TimeUnit.WorkingDays)));
    }

    [Theory]
    [InlineData("2026-02-17 09:00", false)] // Tết
    [InlineData("2026-04-27 09:00", false)] // compensatory day
    [InlineData("2026-08-31 09:00", false)] // day off by decision
    [InlineData("2026-08-22 14:00", true)] // make-up Saturday: a full working day
    [InlineData("2026-08-29 09:00", true)] // an ordinary Saturday morning
    public void The_calendar_closes_counters_on_days_off_and_opens_them_on_make_up_days(string at, bool open) =>
        Assert.Equal(open, SaturdayCenter.IsOpenForReception(Vn.At(at)));

    [Fact]
    public void A_Saturday_declared_off_closes_the_Saturday_counters()
    {
        var closed = new CalendarOverride(Vn.Date("2026-02-14"), OverrideKind.DayOff, "Nghỉ Tết: bộ phận một cửa không tiếp nhận thứ Bảy 14/02/2026");
        var calendar = WorkingCalendar.Create(PublishedCalendar.RuleSet.Rules, [closed], SaturdayCenter.OfficeHours);
        Assert.True(SaturdayCenter.IsOpenForReception(Vn.At("2026-02-14 09:00")));
        Assert.False(calendar.IsOpenForReception(Vn.At("2026-02-14 09:00")));
        Assert.Equal(NonWorkingReason.Override, calendar.NonWorkingDayOn(Vn.Date("2026-02-14"))?.Reason);
    }

    [Fact]
    public void Other_office_hours_move_the_end_of_the_day()
    {
        var hours = new OfficeHours([new WorkPeriod(new TimeOnly(8, 0), new TimeOnly(12, 0)), new WorkPeriod(new TimeOnly(13, 30), new TimeOnly(17, 30))]);
        var calendar = WorkingCalendar.Create(PublishedCalendar.RuleSet.Rules, PublishedCalendar.RuleSet.Overrides, hours);
        Assert.Equal(Vn.At("2026-03-03 17:30"), calendar.AddWorkingDays(Vn.At("2026-03-02 10:00"), 1));
        Assert.Equal(Vn.At("2026-03-02 14:30"), calendar.AddWorkingHours(Vn.At("2026-03-02 11:00"), 2));
        Assert.Equal(Vn.At("2026-03-03 12:00"), calendar.TransferDeadline(Vn.At("2026-03-02 15:30")));
    }

    [Fact]
    public void Overlapping_sessions_are_refused() =>
        Assert.Throws<ArgumentException>(() => new OfficeHours([
            new WorkPeriod(new TimeOnly(7, 30), new TimeOnly(12, 0)),
            new WorkPeriod(new TimeOnly(11, 0), new TimeOnly(17, 0)),
        ]));

    [Fact]
    public void A_session_ending_before_it_starts_is_refused() =>
        Assert.Throws<ArgumentException>(() => new OfficeHours([new WorkPeriod(new TimeOnly(17, 0), new TimeOnly(7, 30))]));

    [Fact]
    public void An_office_day_without_sessions_is_refused() =>
        Assert.Throws<ArgumentException>(() => new OfficeHours([]));
}
