using MotCua.Domain.Calendar;

namespace MotCua.Domain.Tests.Calendar;

/// <summary>The 2025 schedule for civil servants as published (Văn bản 8726/VPCP-KGVX, 26 Nov 2024).</summary>
public class PublishedSchedule2025Tests
{
    private static readonly WorkingCalendar Calendar = PublishedCalendar.Calendar;

    [Theory]
    // Tết Dương lịch
    [InlineData("2024-12-31", true, null)]
    [InlineData("2025-01-01", false, NonWorkingReason.Holiday)]
    [InlineData("2025-01-02", true, null)]
    // Tết Ất Tỵ: off Sat 25 Jan – Sun 2 Feb; Monday 27 Jan swapped with Saturday 15 Feb
    [InlineData("2025-01-24", true, null)]
    [InlineData("2025-01-25", false, NonWorkingReason.Weekend)]
    [InlineData("2025-01-26", false, NonWorkingReason.Weekend)]
    [InlineData("2025-01-27", false, NonWorkingReason.Override)]
    [InlineData("2025-01-28", false, NonWorkingReason.Holiday)]
    [InlineData("2025-01-29", false, NonWorkingReason.Holiday)]
    [InlineData("2025-01-30", false, NonWorkingReason.Holiday)]
    [InlineData("2025-01-31", false, NonWorkingReason.Holiday)]
    [InlineData("2025-02-01", false, NonWorkingReason.Holiday)]
    [InlineData("2025-02-02", false, NonWorkingReason.Weekend)]
    [InlineData("2025-02-03", true, null)]
    [InlineData("2025-02-04", true, null)]
    [InlineData("2025-02-14", true, null)]
    [InlineData("2025-02-15", true, null)]
    [InlineData("2025-02-16", false, NonWorkingReason.Weekend)]
    [InlineData("2025-02-22", false, NonWorkingReason.Weekend)]
    // Giỗ Tổ Hùng Vương, Monday 7 Apr
    [InlineData("2025-04-04", true, null)]
    [InlineData("2025-04-05", false, NonWorkingReason.Weekend)]
    [InlineData("2025-04-07", false, NonWorkingReason.Holiday)]
    [InlineData("2025-04-08", true, null)]
    // 30 Apr – 1 May: off 30 Apr – 4 May, Friday 2 May swapped with Saturday 26 Apr
    [InlineData("2025-04-25", true, null)]
    [InlineData("2025-04-26", true, null)]
    [InlineData("2025-04-27", false, NonWorkingReason.Weekend)]
    [InlineData("2025-04-28", true, null)]
    [InlineData("2025-04-29", true, null)]
    [InlineData("2025-04-30", false, NonWorkingReason.Holiday)]
    [InlineData("2025-05-01", false, NonWorkingReason.Holiday)]
    [InlineData("2025-05-02", false, NonWorkingReason.Override)]
    [InlineData("2025-05-03", false, NonWorkingReason.Weekend)]
    [InlineData("2025-05-04", false, NonWorkingReason.Weekend)]
    [InlineData("2025-05-05", true, null)]
    // Quốc khánh: 1–2 Sep, off Sat 30 Aug – Tue 2 Sep
    [InlineData("2025-08-29", true, null)]
    [InlineData("2025-08-30", false, NonWorkingReason.Weekend)]
    [InlineData("2025-08-31", false, NonWorkingReason.Weekend)]
    [InlineData("2025-09-01", false, NonWorkingReason.Holiday)]
    [InlineData("2025-09-02", false, NonWorkingReason.Holiday)]
    [InlineData("2025-09-03", true, null)]
    public void Day_in_2025_is_worked_or_off_as_published(string date, bool working, NonWorkingReason? reason)
    {
        var day = Vn.Date(date);
        Assert.Equal(working, Calendar.IsWorkingDay(day));
        Assert.Equal(reason, Calendar.NonWorkingDayOn(day)?.Reason);
    }

    [Fact]
    public void Days_off_of_2025_besides_weekends_are_exactly_the_published_ones()
    {
        var expected = new[]
        {
            "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01",
            "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02",
        }.Select(Vn.Date);
        Assert.Equal(expected, Calendar.DaysOff(2025).Select(d => d.Date));
    }

    [Fact]
    public void Tet_2025_is_nine_days_off_from_25_January_to_2_February()
    {
        var off = Calendar.NonWorkingDays(2025).Select(d => d.Date).Where(d => d.Month <= 2).ToHashSet();
        for (var d = Vn.Date("2025-01-25"); d <= Vn.Date("2025-02-02"); d = d.AddDays(1))
        {
            Assert.Contains(d, off);
        }

        Assert.DoesNotContain(Vn.Date("2025-01-24"), off);
        Assert.DoesNotContain(Vn.Date("2025-02-03"), off);
    }

    [Fact]
    public void Days_worked_by_decision_in_2025_are_the_cancelled_compensation_and_two_make_up_Saturdays() =>
        Assert.Equal(new[] { "2025-02-03", "2025-02-15", "2025-04-26" }.Select(Vn.Date), Calendar.WorkingDaysSwappedIn(2025));

    [Fact]
    public void Without_the_decision_Tet_on_Saturday_1_February_2025_would_give_Monday_3_February_off()
    {
        var rulesOnly = PublishedCalendar.RulesOnly();
        Assert.Equal(NonWorkingReason.Compensatory, rulesOnly.NonWorkingDayOn(Vn.Date("2025-02-03"))?.Reason);
    }

    [Fact]
    public void Year_2025_has_251_working_days()
    {
        // 261 weekdays − 12 weekdays off + 2 make-up Saturdays.
        Assert.Equal(251, Calendar.WorkingDaysBetween(Vn.Date("2024-12-31"), Vn.Date("2025-12-31")));
    }
}
