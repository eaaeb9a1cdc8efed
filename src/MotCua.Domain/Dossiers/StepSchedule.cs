using MotCua.Domain.Calendar;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// Per-step due times of the internal process (quy trình nội bộ). Allotments are in the procedure's time unit and sum to
/// the statutory time; the last step ends exactly at the dossier's due date, earlier steps at their cumulative share.
/// </summary>
public static class StepSchedule
{
    /// <summary>One working day counts eight working hours when a fraction of a day is allotted to a step.</summary>
    public const decimal HoursPerWorkingDay = 8m;

    public static IReadOnlyList<DateTimeOffset> Compute(
        DateTimeOffset start, ProcessingTime time, IReadOnlyList<decimal> allotments, WorkingCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfZero(allotments.Count);
        var due = calendar.DueDate(start, time);
        var result = new DateTimeOffset[allotments.Count];
        decimal cumulative = 0;
        for (var i = 0; i < allotments.Count; i++)
        {
            cumulative += allotments[i];
            var stepDue = i == allotments.Count - 1 ? due : time.Unit switch
            {
                TimeUnit.WorkingDays => calendar.AddWorkingHours(start, cumulative * HoursPerWorkingDay),
                TimeUnit.SameDay => calendar.AddWorkingHours(start, cumulative * HoursPerWorkingDay),
                TimeUnit.WorkingHours => calendar.AddWorkingHours(start, cumulative),
                TimeUnit.CalendarDays => start.AddHours((double)(cumulative * 24)),
            };
            // A share of the time never ends after the whole: the statutory due date bounds every step.
            result[i] = stepDue > due ? due : stepDue;
        }
        return result;
    }

    /// <summary>Allotments must add up to the statutory time exactly, or the process cannot be on time by design.</summary>
    public static bool SumsToStatutoryTime(ProcessingTime time, IEnumerable<decimal> allotments) =>
        allotments.Sum() == (time.Unit == TimeUnit.SameDay ? 1m : time.Amount);
}
