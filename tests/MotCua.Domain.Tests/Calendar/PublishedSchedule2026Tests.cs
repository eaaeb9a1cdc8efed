using MotCua.Domain.Calendar;

namespace MotCua.Domain.Tests.Calendar;

/// <summary>The 2026 schedule for civil servants (Ministry of Home Affairs Notice 9441/TB-BNV, 16 Oct 2025).</summary>
public class PublishedSchedule2026Tests
{
    private static readonly WorkingCalendar Calendar = PublishedCalendar.Calendar;

    [Theory]
    // Tết Dương lịch, Thursday
    [InlineData("2025-12-31", true, null)]
    [InlineData("2026-01-01", false, NonWorkingReason.Holiday)]
    [InlineData("2026-01-02", true, null)]
    // Tết Bính Ngọ: official days Mon 16 – Fri 20 Feb, off Sat 14 – Sun 22 Feb
    [InlineData("2026-02-13", true, null)]
    [InlineData("2026-02-14", false, NonWorkingReason.Weekend)]
    [InlineData("2026-02-15", false, NonWorkingReason.Weekend)]
    [InlineData("2026-02-16", false, NonWorkingReason.Holiday)]
    [InlineData("2026-02-17", false, NonWorkingReason.Holiday)]
    [InlineData("2026-02-18", false, NonWorkingReason.Holiday)]
    [InlineData("2026-02-19", false, NonWorkingReason.Holiday)]
    [InlineData("2026-02-20", false, NonWorkingReason.Holiday)]
    [InlineData("2026-02-21", false, NonWorkingReason.Weekend)]
    [InlineData("2026-02-22", false, NonWorkingReason.Weekend)]
    [InlineData("2026-02-23", true, null)]
    // Giỗ Tổ Hùng Vương on Sunday 26 Apr: compensatory Monday 27 Apr
    [InlineData("2026-04-24", true, null)]
    [InlineData("2026-04-25", false, NonWorkingReason.Weekend)]
    [InlineData("2026-04-26", false, NonWorkingReason.Holiday)]
    [InlineData("2026-04-27", false, NonWorkingReason.Compensatory)]
    [InlineData("2026-04-28", true, null)]
    // 30 Apr (Thursday) and 1 May (Friday)
    [InlineData("2026-04-29", true, null)]
    [InlineData("2026-04-30", false, NonWorkingReason.Holiday)]
    [InlineData("2026-05-01", false, NonWorkingReason.Holiday)]
    [InlineData("2026-05-02", false, NonWorkingReason.Weekend)]
    [InlineData("2026-05-04", true, null)]
    // Quốc khánh: off Sat 29 Aug – Wed 2 Sep, Monday 31 Aug swapped with Saturday 22 Aug
    [InlineData("2026-08-21", true, null)]
    [InlineData("2026-08-22", true, null)]
    [InlineData("2026-08-23", false, NonWorkingReason.Weekend)]
    [InlineData("2026-08-24", true, null)]
    [InlineData("2026-08-28", true, null)]
    [InlineData("2026-08-29", false, NonWorkingReason.Weekend)]
    [InlineData("2026-08-30", false, NonWorkingReason.Weekend)]
    [InlineData("2026-08-31", false, NonWorkingReason.Override)]
    [InlineData("2026-09-01", false, NonWorkingReason.Holiday)]
    [InlineData("2026-09-02", false, NonWorkingReason.Holiday)]
    [InlineData("2026-09-03", true, null)]
    [InlineData("2026-09-05", false, NonWorkingReason.Weekend)]
    public void Day_in_2026_is_worked_or_off_as_published(string date, bool working, NonWorkingReason? reason)
    {
        var day = Vn.Date(date);
        Assert.Equal(working, Calendar.IsWorkingDay(day));
        Assert.Equal(reason, Calendar.NonWorkingDayOn(day)?.Reason);
    }

    [Fact]
    public void Tet_2026_is_five_days_off_on_weekdays_within_nine_days_off()
    {
        var tet = Calendar.DaysOff(2026).Where(d => d.Name == "Tết Âm lịch").Select(d => d.Date);
        Assert.Equal(new[] { "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20" }.Select(Vn.Date), tet);
        Assert.Equal(0, Calendar.WorkingDaysBetween(Vn.Date("2026-02-13"), Vn.Date("2026-02-22")));
    }

    [Fact]
    public void Days_off_of_2026_besides_weekends_are_exactly_the_published_ones()
    {
        var expected = new[]
        {
            "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
            "2026-04-26", "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31", "2026-09-01", "2026-09-02",
        }.Select(Vn.Date);
        Assert.Equal(expected, Calendar.DaysOff(2026).Select(d => d.Date));
    }

    [Fact]
    public void The_only_day_worked_by_decision_in_2026_is_Saturday_22_August() =>
        Assert.Equal([Vn.Date("2026-08-22")], Calendar.WorkingDaysSwappedIn(2026));

    [Fact]
    public void Make_up_Saturday_2026_is_listed_with_its_reason()
    {
        var makeUp = Assert.Single(Calendar.MakeUpWorkingDays(2026));
        Assert.Equal(Vn.Date("2026-08-22"), makeUp.Date);
        Assert.Contains("9441/TB-BNV", makeUp.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compensatory_day_for_Hung_Kings_2026_is_computed_not_declared()
    {
        Assert.DoesNotContain(PublishedCalendar.RuleSet.Overrides, o => o.Date == Vn.Date("2026-04-27"));
        var day = Calendar.NonWorkingDayOn(Vn.Date("2026-04-27"));
        Assert.NotNull(day);
        Assert.Equal("Nghỉ bù Giỗ Tổ Hùng Vương (26/04/2026)", day.Name);
        Assert.Contains("Hùng Kings", day.NameEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Swapped_Monday_31_August_2026_shows_the_decision_as_its_reason()
    {
        var day = Calendar.NonWorkingDayOn(Vn.Date("2026-08-31"));
        Assert.NotNull(day);
        Assert.Contains("9441/TB-BNV", day.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Year_2026_has_250_working_days()
    {
        // 261 weekdays − 12 weekdays off + 1 make-up Saturday.
        Assert.Equal(250, Calendar.WorkingDaysBetween(Vn.Date("2025-12-31"), Vn.Date("2026-12-31")));
    }
}
