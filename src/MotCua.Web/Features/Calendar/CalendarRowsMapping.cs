using MotCua.Domain.Calendar;

namespace MotCua.Web.Features.Calendar;

/// <summary>Between the calendar tables and the domain's rule types.</summary>
public static class CalendarRowsMapping
{
    public static WorkingCalendar ToCalendar(IEnumerable<HolidayRuleRow> rules, IEnumerable<CalendarOverrideRow> overrides) =>
        WorkingCalendar.Create(
            rules.Select(r => new HolidayRule(r.Name, r.NameEn, r.Kind, r.Month, r.Day, r.Days, r.EffectiveFrom, r.EffectiveTo)),
            overrides.Select(o => new CalendarOverride(o.Date, o.Kind, o.Reason)));

    public static HolidayRuleRow ToRow(HolidayRule r) => new()
    {
        Name = r.Name, NameEn = r.NameEn, Kind = r.Kind, Month = r.Month, Day = r.Day, Days = r.Days,
        EffectiveFrom = r.EffectiveFrom, EffectiveTo = r.EffectiveTo,
    };
}
