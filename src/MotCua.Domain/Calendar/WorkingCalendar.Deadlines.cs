using System.Globalization;

namespace MotCua.Domain.Calendar;

public sealed partial class WorkingCalendar
{
    /// <summary>Decree 61/2018 Art. 18: paper dossiers received after 15:00 are transferred on the next working day.</summary>
    public static TimeOnly TransferCutoff { get; } = new(15, 0);

    /// <summary>
    /// The due moment of a processing time started by an event (reception, transfer), in business time.
    /// Days: Civil Code 2015 Art. 147–148 — a period in days does not count the day of the event, starts
    /// the next day and ends at the end of its last day; when that last day is not a working day it ends
    /// at the end of the next working day. The end of an office day is its Close (17:00).
    /// Hours: Art. 147(1) — a period in hours starts at the event itself.
    /// </summary>
    public DateTimeOffset DueDate(DateTimeOffset start, ProcessingTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (time.Amount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time.Amount, "Thời hạn giải quyết không được âm.");
        }

        return time.Unit switch
        {
            TimeUnit.WorkingDays => AddWorkingDays(start, time.Amount),
            TimeUnit.WorkingHours => AddWorkingHours(start, time.Amount),
            TimeUnit.CalendarDays => AddCalendarDays(start, time.Amount),
            TimeUnit.SameDay => SameDay(start, time.Cutoff ?? ProcessingTime.DefaultSameDayCutoff),
        };
    }

    /// <summary>
    /// n working days after the event: the event's day is not counted; the period ends at Close of the n-th
    /// working day after it. With n = 0 it ends at Close of the event's own day when that is a working day
    /// and the event is before Close, else at Close of the next working day.
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = VietnamTime.LocalDate(start);
        if (days == 0)
        {
            bool sameDay = IsWorkingDay(date) && LocalTime(start) < OfficeHours.Close;
            return CloseOf(sameDay ? date : NextWorkingDay(date));
        }

        for (int i = 0; i < days; i++)
        {
            date = NextWorkingDay(date);
        }

        return CloseOf(date);
    }

    /// <summary>
    /// Working days with a fraction (0.5, 1.5): the whole days count as in <see cref="AddWorkingDays(DateTimeOffset, int)"/>;
    /// the fraction is that share of a working day's hours, counted in office hours from the opening of the
    /// working day after the whole days. So 1.5 days from a Monday event end on Wednesday at 11:30, and
    /// 0.5 day ends at 11:30 of the first working day after the event ("trả trong buổi sáng ngày làm việc tiếp theo").
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, decimal days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        decimal whole = decimal.Floor(days);
        decimal fraction = days - whole;
        if (fraction == 0)
        {
            return AddWorkingDays(start, (int)whole);
        }

        var date = VietnamTime.LocalDate(start);
        for (int i = 0; i <= whole; i++)
        {
            date = NextWorkingDay(date);
        }

        return AddWorkingHours(VietnamTime.At(date, OfficeHours.Open), fraction * OfficeHours.HoursPerDay);
    }

    /// <summary>
    /// Office hours of working days only, from the event itself (from the next opening when it happens
    /// outside office hours). A period that is used up exactly at the end of a session ends there (11:30, 17:00).
    /// </summary>
    public DateTimeOffset AddWorkingHours(DateTimeOffset start, decimal hours)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        long remaining = (long)decimal.Round(hours * TimeSpan.TicksPerHour);
        var date = VietnamTime.LocalDate(start);
        var from = LocalTime(start);
        for (int daysOff = 0; ; date = date.AddDays(1), from = TimeOnly.MinValue)
        {
            if (!IsWorkingDay(date))
            {
                if (++daysOff > MaxConsecutiveDaysOff)
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Không có ngày làm việc nào sau {date:yyyy-MM-dd}: kiểm tra lại lịch nghỉ."));
                }

                continue;
            }

            daysOff = 0;
            foreach (var period in OfficeHours.WorkingPeriods)
            {
                if (from >= period.End)
                {
                    continue;
                }

                var segmentStart = from > period.Start ? from : period.Start;
                long available = (period.End - segmentStart).Ticks;
                if (remaining <= available)
                {
                    return VietnamTime.At(date, segmentStart).AddTicks(remaining);
                }

                remaining -= available;
            }
        }
    }

    /// <summary>
    /// Calendar days: the event's day is not counted; the period ends at Close of the n-th day, or at
    /// Close of the next working day when that day is not worked. Zero behaves as zero working days.
    /// </summary>
    public DateTimeOffset AddCalendarDays(DateTimeOffset start, decimal days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days != decimal.Floor(days))
        {
            throw new ArgumentException("Thời hạn tính theo ngày (lịch) phải là số nguyên ngày.", nameof(days));
        }

        if (days == 0)
        {
            return AddWorkingDays(start, 0);
        }

        var last = VietnamTime.LocalDate(start).AddDays((int)days);
        return CloseOf(IsWorkingDay(last) ? last : NextWorkingDay(last));
    }

    /// <summary>
    /// "Trả trong ngày": received on a working day before the cutoff, due at Close of that day; received at
    /// or after the cutoff, or on a non-working day (a Saturday-morning opening), due at Close of the next working day.
    /// </summary>
    public DateTimeOffset SameDay(DateTimeOffset receivedAt, TimeOnly cutoff)
    {
        var date = VietnamTime.LocalDate(receivedAt);
        bool today = IsWorkingDay(date) && LocalTime(receivedAt) < cutoff;
        return CloseOf(today ? date : NextWorkingDay(date));
    }

    /// <summary>
    /// Decree 61/2018 Art. 18: a paper dossier is transferred to the competent agency the same working day;
    /// received after 15:00 (or on a non-working day), "at the start of the next working day", taken here as
    /// by the end of that day's morning session (11:30).
    /// </summary>
    public DateTimeOffset TransferDeadline(DateTimeOffset receivedAt)
    {
        var date = VietnamTime.LocalDate(receivedAt);
        return IsWorkingDay(date) && LocalTime(receivedAt) < TransferCutoff
            ? CloseOf(date)
            : VietnamTime.At(NextWorkingDay(date), OfficeHours.EndOfMorning);
    }

    /// <summary>Working days in (from, to]: the day count of a period as the Civil Code counts it; negative when to is before from.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        int count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Late after the due moment; early when finished on an earlier (business) day than the due day; otherwise on time.</summary>
    public TimelinessMark Judge(DateTimeOffset completedAt, DateTimeOffset dueAt)
    {
        if (completedAt > dueAt)
        {
            return TimelinessMark.Late;
        }

        return VietnamTime.LocalDate(completedAt) < VietnamTime.LocalDate(dueAt) ? TimelinessMark.Early : TimelinessMark.OnTime;
    }

    private DateTimeOffset CloseOf(DateOnly date) => VietnamTime.At(date, OfficeHours.Close);
}
