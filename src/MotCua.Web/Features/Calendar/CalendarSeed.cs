using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Calendar;

/// <summary>
/// Base data every installation needs (not demo data): the statutory holiday rules and the published yearly schedules
/// from Seed/calendar.json. Loaded once into empty tables; afterwards the administrator edits them.
/// </summary>
public static class CalendarSeed
{
    public static async Task RunAsync(MotCuaDb db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.HolidayRules.AnyAsync(ct))
        {
            return;
        }
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Seed", "calendar.json"), ct);
        var set = HolidayRuleSet.Parse(json);
        db.HolidayRules.AddRange(set.Rules.Select(CalendarRowsMapping.ToRow));
        if (!await db.CalendarOverrides.AnyAsync(ct))
        {
            db.CalendarOverrides.AddRange(set.Overrides.Select(o => new CalendarOverrideRow
            {
                Date = o.Date, Kind = o.Kind, Reason = o.Reason, CreatedAt = clock.GetUtcNow(), CreatedBy = "seed",
            }));
        }
        await db.SaveChangesAsync(ct);
    }
}
