using System.Globalization;
using MotCua.Domain;
using MotCua.Domain.Calendar;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Calendar;

public static class CalendarEndpoints
{
    public sealed record DueDateView(DateTimeOffset DueAt);
    public sealed record DayView(DateOnly Date, string Reason, string Name);
    public sealed record YearView(int Year, IReadOnlyList<DayView> NonWorkingDays, IReadOnlyList<DayView> MakeUpWorkingDays);

    public static void MapCalendar(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/calendar").WithTags("Calendar").AllowAnonymous();
        group.MapGet("/due-date", DueDate)
            .WithSummary("The due date of a period counted per Civil Code Art. 147–148 over the Vietnamese working calendar.");
        group.MapGet("/{year:int}", Year).WithSummary("A year's non-working days with their reason, and its make-up working days.");
    }

    private static async Task<IResult> DueDate(string? from, string? amount, string? unit, string? cutoff, CalendarService calendars, Problems problems, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!DateTimeOffset.TryParse(from, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) || from!.Length < 16 || !HasOffset(from))
        {
            errors["from"] = ["field.isoInstant"];
        }
        if (!decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) || n < 0 || n > 3650)
        {
            errors["amount"] = ["field.amount"];
        }
        if (!Enum.TryParse<TimeUnit>(unit, ignoreCase: true, out var timeUnit) || int.TryParse(unit, out _))
        {
            errors["unit"] = ["field.timeUnit"];
        }
        TimeOnly? cut = null;
        if (cutoff is not null)
        {
            if (TimeOnly.TryParseExact(cutoff, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var c)) cut = c;
            else errors["cutoff"] = ["field.cutoff"];
        }
        if (errors.Count > 0)
        {
            return problems.Validation(errors);
        }
        var calendar = await calendars.CurrentAsync(ct);
        var due = calendar.DueDate(start, new ProcessingTime(n, timeUnit, timeUnit == TimeUnit.SameDay ? cut ?? new TimeOnly(15, 0) : null));
        return TypedResults.Ok(new DueDateView(VietnamTime.ToLocal(due)));
    }

    private static bool HasOffset(string s) => s.EndsWith('Z') || s.EndsWith('z') || s.LastIndexOfAny(['+', '-']) > 10;

    private static async Task<IResult> Year(int year, HttpContext http, CalendarService calendars, Problems problems, CancellationToken ct)
    {
        if (year is < 1900 or > 2199)
        {
            return problems.NotFound();
        }
        var english = Language.IsEnglish(http);
        var calendar = await calendars.CurrentAsync(ct);
        var off = calendar.NonWorkingDays(year).Select(d => new DayView(d.Date, d.Reason.ToString(), english ? d.NameEn : d.Name)).ToList();
        var makeUp = calendar.MakeUpWorkingDays(year).Select(d => new DayView(d.Date, "MakeUpWorkingDay", d.Reason)).ToList();
        return TypedResults.Ok(new YearView(year, off, makeUp));
    }
}
