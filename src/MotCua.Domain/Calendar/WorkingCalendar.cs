using System.Collections.Concurrent;
using System.Globalization;

namespace MotCua.Domain.Calendar;

/// <summary>
/// The working days of a civil-service office: Monday to Friday (the 40-hour week of civil servants,
/// Decision 188/1999/QĐ-TTg),
/// minus public holidays from the rules and their compensatory days, with the government's yearly
/// overrides on top. Immutable; years are computed on first use and cached.
/// </summary>
public sealed partial class WorkingCalendar
{
    /// <summary>A calendar with no working day for a year means broken data, not a long holiday.</summary>
    private const int MaxConsecutiveDaysOff = 366;

    private readonly Dictionary<DateOnly, CalendarOverride> _overrides;
    private readonly ConcurrentDictionary<int, YearPlan> _years = new();

    public WorkingCalendar(IEnumerable<HolidayRule> rules, IEnumerable<CalendarOverride> overrides, OfficeHours? officeHours = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(overrides);
        Rules = rules.ToArray();
        foreach (var rule in Rules)
        {
            rule.Validate();
        }

        _overrides = [];
        foreach (var o in overrides)
        {
            if (string.IsNullOrWhiteSpace(o.Reason))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Ngày điều chỉnh {o.Date:yyyy-MM-dd}: cần ghi lý do (reason) và văn bản căn cứ."));
            }

            if (!_overrides.TryAdd(o.Date, o))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Ngày {o.Date:yyyy-MM-dd} được điều chỉnh hai lần."));
            }
        }

        Overrides = [.. _overrides.Values.OrderBy(o => o.Date)];
        OfficeHours = officeHours ?? OfficeHours.Default;
    }

    public IReadOnlyList<HolidayRule> Rules { get; }

    public IReadOnlyList<CalendarOverride> Overrides { get; }

    public OfficeHours OfficeHours { get; }

    public static WorkingCalendar Create(IEnumerable<HolidayRule> rules, IEnumerable<CalendarOverride> overrides, OfficeHours? officeHours = null) =>
        new(rules, overrides, officeHours);

    public bool IsWorkingDay(DateOnly date) => Plan(date.Year).On(date) is null;

    /// <summary>Why a date is not worked, or null when it is a working day.</summary>
    public NonWorkingDay? NonWorkingDayOn(DateOnly date) => Plan(date.Year).On(date);

    /// <summary>Every non-working day of the year, weekends included (except Saturdays worked by decision), in date order.</summary>
    public IReadOnlyList<NonWorkingDay> NonWorkingDays(int year)
    {
        var plan = Plan(year);
        var result = new List<NonWorkingDay>();
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
        {
            if (plan.On(d) is { } day)
            {
                result.Add(day);
            }
        }

        return result;
    }

    /// <summary>The days off of the year other than ordinary weekends: holidays, compensatory days, swapped days.</summary>
    public IReadOnlyList<NonWorkingDay> DaysOff(int year) =>
        [.. NonWorkingDays(year).Where(d => d.Reason != NonWorkingReason.Weekend)];

    /// <summary>Days worked by decision although they would be off: make-up Saturdays, cancelled compensatory days.</summary>
    public IReadOnlyList<DateOnly> WorkingDaysSwappedIn(int year)
    {
        var plan = Plan(year);
        var withoutOverrides = PlanWithoutWorkedOverrides(year);
        return [.. plan.SwappedIn(d => withoutOverrides.On(d) is not null)];
    }

    /// <summary>The decisions behind <see cref="WorkingDaysSwappedIn"/>, with their reasons, for display.</summary>
    public IReadOnlyList<CalendarOverride> MakeUpWorkingDays(int year) =>
        [.. WorkingDaysSwappedIn(year).Select(d => _overrides[d])];

    /// <summary>Whether counters receive dossiers at that moment: the weekly opening hours, closed on holidays;
    /// on a Saturday worked by decision the counters keep the hours of a working day.</summary>
    public bool IsOpenForReception(DateTimeOffset at)
    {
        var date = VietnamTime.LocalDate(at);
        var time = LocalTime(at);
        var day = NonWorkingDayOn(date);
        if (day is null)
        {
            var periods = IsWeekend(date) ? OfficeHours.WorkingPeriods : OfficeHours.ReceptionHours[date.DayOfWeek];
            return periods.Any(p => p.Contains(time));
        }

        return day.Reason == NonWorkingReason.Weekend && OfficeHours.IsOpenForReception(at);
    }

    private static TimeOnly LocalTime(DateTimeOffset instant) => TimeOnly.FromDateTime(VietnamTime.ToLocal(instant).DateTime);

    internal static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private YearPlan Plan(int year) => _years.GetOrAdd(year, y => YearPlan.Compute(y, Rules, _overrides));

    private YearPlan PlanWithoutWorkedOverrides(int year) =>
        YearPlan.Compute(year, Rules, _overrides.Where(o => o.Value.Kind == OverrideKind.DayOff).ToDictionary());

    private DateOnly NextWorkingDay(DateOnly date)
    {
        var day = date.AddDays(1);
        for (int i = 0; !IsWorkingDay(day); i++, day = day.AddDays(1))
        {
            if (i > MaxConsecutiveDaysOff)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Không có ngày làm việc nào sau {date:yyyy-MM-dd}: kiểm tra lại lịch nghỉ."));
            }
        }

        return day;
    }
}
