using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Web.Data;
using MotCua.Web.Features.Calendar;

namespace MotCua.Web.Features.Administration;

public sealed class OverrideInput
{
    public string? Date { get; set; }
    public string? Kind { get; set; }
    public string? Reason { get; set; }
}

/// <summary>
/// The government's yearly decisions on the working calendar (swapped days, make-up Saturdays), entered with the decision
/// that orders them. Due dates are computed from the calendar in force, so this node drops its cached calendar at once.
/// </summary>
public sealed class CalendarAdmin(MotCuaDb db, CalendarService calendars, TimeProvider clock)
{
    private sealed record Snapshot(DateOnly Date, OverrideKind Kind, string Reason);

    public async Task<AdminResult> AddOverrideAsync(int year, OverrideInput input, AdminActor actor, CancellationToken ct = default)
    {
        var result = new AdminResult();
        var hasDate = AdminParse.TryDate(input.Date, out var date);
        if (!hasDate) result.Add(nameof(input.Date), "dateFormat");
        else if (date.Year != year) result.Add(nameof(input.Date), "calendar.otherYear", year);
        else if (await db.CalendarOverrides.AnyAsync(o => o.Date == date, ct)) result.Add(nameof(input.Date), "calendar.taken");
        var hasKind = AdminParse.TryEnum<OverrideKind>(input.Kind, out var kind);
        if (!hasKind) result.Add(nameof(input.Kind), "required");
        AgencyAdmin.Required(result, nameof(input.Reason), input.Reason, 500);
        if (result.Ok)
        {
            // An override that changes nothing would only hide the computed reason from the next reader.
            var off = (await calendars.CurrentAsync(ct)).NonWorkingDayOn(date);
            if (kind == OverrideKind.DayOff && off is not null) result.Add(nameof(input.Kind), "calendar.alreadyOff");
            if (kind == OverrideKind.WorkingDay && off is null) result.Add(nameof(input.Kind), "calendar.alreadyWorking");
        }
        if (!result.Ok)
        {
            return result;
        }
        var row = new CalendarOverrideRow { Date = date, Kind = kind, Reason = input.Reason!.Trim(), CreatedAt = clock.GetUtcNow(), CreatedBy = actor.Name };
        db.CalendarOverrides.Add(row);
        AdminAudit.Record(db, actor, row.CreatedAt, AdminEntities.CalendarOverride, AdminParse.Date(date), null, new Snapshot(date, kind, row.Reason));
        await db.SaveChangesAsync(ct);
        calendars.Invalidate();
        return result;
    }

    public async Task<AdminResult> RemoveOverrideAsync(int id, AdminActor actor, CancellationToken ct = default)
    {
        var row = await db.CalendarOverrides.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (row is null)
        {
            return AdminResult.Failure("", "calendar.notFound");
        }
        db.CalendarOverrides.Remove(row);
        AdminAudit.Record(db, actor, clock.GetUtcNow(), AdminEntities.CalendarOverride, AdminParse.Date(row.Date), new Snapshot(row.Date, row.Kind, row.Reason), null);
        await db.SaveChangesAsync(ct);
        calendars.Invalidate();
        return AdminResult.Success;
    }
}
