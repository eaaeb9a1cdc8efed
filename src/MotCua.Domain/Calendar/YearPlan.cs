using System.Globalization;

namespace MotCua.Domain.Calendar;

/// <summary>
/// The days of one Gregorian year that differ from an ordinary Monday–Friday week: holidays from the
/// rules, compensatory days, and the government's overrides.
/// </summary>
internal sealed class YearPlan
{
    private readonly Dictionary<DateOnly, NonWorkingDay> _daysOff;
    private readonly HashSet<DateOnly> _workedOverrides;

    private YearPlan(Dictionary<DateOnly, NonWorkingDay> daysOff, HashSet<DateOnly> workedOverrides)
    {
        _daysOff = daysOff;
        _workedOverrides = workedOverrides;
    }

    /// <summary>The non-working day on a date, or null when the date is worked.</summary>
    internal NonWorkingDay? On(DateOnly date)
    {
        if (_workedOverrides.Contains(date))
        {
            return null;
        }

        if (_daysOff.TryGetValue(date, out var dayOff))
        {
            return dayOff;
        }

        return WorkingCalendar.IsWeekend(date)
            ? new NonWorkingDay(date, NonWorkingReason.Weekend, date.DayOfWeek == DayOfWeek.Saturday ? "Thứ Bảy" : "Chủ nhật", date.DayOfWeek.ToString())
            : null;
    }

    /// <summary>Dates made working days by an override although they would otherwise be off.</summary>
    internal IEnumerable<DateOnly> SwappedIn(Func<DateOnly, bool> wouldBeOff) => _workedOverrides.Where(wouldBeOff).Order();

    internal static YearPlan Compute(int year, IReadOnlyList<HolidayRule> rules, IReadOnlyDictionary<DateOnly, CalendarOverride> overrides)
    {
        // Holidays of the neighbouring years too: a compensatory day can cross New Year's Eve and must skip their holidays.
        var holidays = new SortedDictionary<DateOnly, NonWorkingDay>();
        for (int y = year - 1; y <= year + 1; y++)
        {
            foreach (var rule in rules)
            {
                foreach (var day in rule.DaysIn(y))
                {
                    holidays[day] = holidays.TryGetValue(day, out var same)
                        ? same with { Name = $"{same.Name}; {rule.Name}", NameEn = $"{same.NameEn}; {rule.NameEn}" }
                        : new NonWorkingDay(day, NonWorkingReason.Holiday, rule.Name, rule.NameEn);
                }
            }
        }

        var compensatory = Compensatory(holidays, overrides);

        var daysOff = new Dictionary<DateOnly, NonWorkingDay>();
        var worked = new HashSet<DateOnly>();
        foreach (var day in holidays.Values.Concat(compensatory.Values).Where(d => d.Date.Year == year))
        {
            daysOff[day.Date] = day;
        }

        foreach (var o in overrides.Values.Where(o => o.Date.Year == year))
        {
            if (o.Kind == OverrideKind.WorkingDay)
            {
                worked.Add(o.Date);
            }
            else if (!daysOff.ContainsKey(o.Date))
            {
                // A holiday keeps its own name. A weekend day may be declared off too: counters that open
                // on Saturdays then stay closed (a Saturday inside the Tết break).
                daysOff[o.Date] = new NonWorkingDay(o.Date, NonWorkingReason.Override, o.Reason, o.ReasonEn ?? "Day off by government decision");
            }
        }

        return new YearPlan(daysOff, worked);
    }

    /// <summary>
    /// Labour Code 2019 Art. 111(3): a holiday on a weekly rest day (Saturday, Sunday) gives a day off on the
    /// next working day. Days off by override are not working days and are skipped; a compensatory day that
    /// lands on a day the government declared worked is thereby cancelled (the override wins).
    /// </summary>
    private static Dictionary<DateOnly, NonWorkingDay> Compensatory(
        SortedDictionary<DateOnly, NonWorkingDay> holidays, IReadOnlyDictionary<DateOnly, CalendarOverride> overrides)
    {
        var result = new Dictionary<DateOnly, NonWorkingDay>();
        foreach (var holiday in holidays.Values.Where(h => WorkingCalendar.IsWeekend(h.Date)))
        {
            var day = holiday.Date.AddDays(1);
            while (WorkingCalendar.IsWeekend(day)
                || holidays.ContainsKey(day)
                || result.ContainsKey(day)
                || (overrides.TryGetValue(day, out var o) && o.Kind == OverrideKind.DayOff))
            {
                day = day.AddDays(1);
            }

            result[day] = new NonWorkingDay(
                day,
                NonWorkingReason.Compensatory,
                string.Create(CultureInfo.InvariantCulture, $"Nghỉ bù {holiday.Name} ({holiday.Date:dd/MM/yyyy})"),
                string.Create(CultureInfo.InvariantCulture, $"Compensatory day off for {holiday.NameEn} ({holiday.Date:yyyy-MM-dd})"));
        }

        return result;
    }
}
