namespace MotCua.Domain.Calendar;

/// <summary>
/// The office day and the counters' opening hours. WorkingPeriods are the sessions of a working day; they
/// drive deadline arithmetic and end at Close. ReceptionHours say when counters receive dossiers, per day
/// of the week, and are deliberately separate: a center open on Saturday morning receives dossiers then,
/// but Saturday stays a non-working day for deadlines.
/// </summary>
public sealed record OfficeHours
{
    public OfficeHours(IEnumerable<WorkPeriod> workingPeriods, IReadOnlyDictionary<DayOfWeek, IReadOnlyList<WorkPeriod>>? receptionHours = null)
    {
        WorkingPeriods = CheckedPeriods(workingPeriods, "giờ làm việc");
        if (WorkingPeriods.Count == 0)
        {
            throw new ArgumentException("Cần ít nhất một buổi làm việc.", nameof(workingPeriods));
        }

        var reception = new Dictionary<DayOfWeek, IReadOnlyList<WorkPeriod>>();
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            reception[day] = receptionHours is null
                ? day is DayOfWeek.Saturday or DayOfWeek.Sunday ? [] : WorkingPeriods
                : receptionHours.TryGetValue(day, out var periods) ? CheckedPeriods(periods, $"giờ tiếp nhận {day}") : [];
        }

        ReceptionHours = reception;
    }

    /// <summary>Morning 07:30–11:30 and afternoon 13:00–17:00 (8 working hours); counters open Monday–Friday in the same sessions.</summary>
    public static OfficeHours Default { get; } = new(
    [
        new WorkPeriod(new TimeOnly(7, 30), new TimeOnly(11, 30)),
        new WorkPeriod(new TimeOnly(13, 0), new TimeOnly(17, 0)),
    ]);

    public IReadOnlyList<WorkPeriod> WorkingPeriods { get; }

    public IReadOnlyDictionary<DayOfWeek, IReadOnlyList<WorkPeriod>> ReceptionHours { get; }

    public TimeOnly Open => WorkingPeriods[0].Start;

    /// <summary>The end of the working day: a deadline "at the end of the day" falls here.</summary>
    public TimeOnly Close => WorkingPeriods[^1].End;

    /// <summary>The end of the first session: "the start of the next working day" for the 15:00 transfer rule.</summary>
    public TimeOnly EndOfMorning => WorkingPeriods[0].End;

    public decimal HoursPerDay => (decimal)WorkingPeriods.Sum(p => p.Duration.Ticks) / TimeSpan.TicksPerHour;

    /// <summary>The same office hours with the counters of one day of the week open in the given periods (none: closed).</summary>
    public OfficeHours WithReception(DayOfWeek day, params WorkPeriod[] periods)
    {
        var reception = ReceptionHours.ToDictionary(p => p.Key, p => p.Value);
        reception[day] = periods;
        return new OfficeHours(WorkingPeriods, reception);
    }

    /// <summary>
    /// Whether the weekly opening hours cover the moment (business time). Holidays are not known here:
    /// ask <see cref="WorkingCalendar.IsOpenForReception"/> for the answer that includes them.
    /// </summary>
    public bool IsOpenForReception(DateTimeOffset at)
    {
        var local = VietnamTime.ToLocal(at);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return ReceptionHours[local.DayOfWeek].Any(p => p.Contains(time));
    }

    private static WorkPeriod[] CheckedPeriods(IEnumerable<WorkPeriod> periods, string what)
    {
        var list = periods.ToArray();
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i].End <= list[i].Start)
            {
                throw new ArgumentException($"Khung {what} {list[i].Start:HH\\:mm}–{list[i].End:HH\\:mm} kết thúc trước khi bắt đầu.");
            }

            if (i > 0 && list[i].Start < list[i - 1].End)
            {
                throw new ArgumentException($"Các khung {what} phải theo thứ tự thời gian và không chồng lên nhau.");
            }
        }

        return list;
    }
}
