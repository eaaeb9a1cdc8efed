using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Outbox;

namespace MotCua.Web.Features.Notifications.Staff;

public sealed record StaffRecipient(string UserId, string FullName, string? Email);

/// <summary>
/// Who in the administration hears of a staff event (Decree 61 Art. 19): the officer a step is assigned to; the leaders of
/// a unit asked for its opinion; for a late answer, the leaders of the asking unit and the head of the one-stop (center
/// supervisors); for an overdue step, the officer holding it and the leaders of its unit.
/// </summary>
public static class StaffRecipients
{
    public static async Task<List<StaffRecipient>> ForAsync(MotCuaDb db, OutboxMessage message, IReadOnlyDictionary<string, string> payload,
        CancellationToken ct)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        switch (message.Topic)
        {
            case OutboxTopics.Assigned:
                Add(ids, payload.GetValueOrDefault("assignee"));
                break;
            case OutboxTopics.ConsultationRequested:
                if (payload.GetValueOrDefault("agency") is { } code
                    && await db.Agencies.Where(a => a.Code == code).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct) is { } asked)
                {
                    ids.UnionWith(await Leaders(db, asked).ToListAsync(ct));
                }
                break;
            case OutboxTopics.ConsultationAnsweredLate:
                if (Number(payload.GetValueOrDefault("consultation")) is { } consultationId
                    && await db.Consultations.Where(c => c.Id == consultationId).Select(c => (int?)c.FromAgencyId).FirstOrDefaultAsync(ct) is { } asking)
                {
                    ids.UnionWith(await Leaders(db, asking).ToListAsync(ct));
                }
                ids.UnionWith(await WithRole(db, StaffRoles.CenterSupervisor).ToListAsync(ct));
                break;
            case OutboxTopics.StepOverdue:
                Add(ids, payload.GetValueOrDefault("holder"));
                if (Number(payload.GetValueOrDefault("agencyId")) is { } unit)
                {
                    ids.UnionWith(await Leaders(db, (int)unit).ToListAsync(ct));
                }
                break;
            default:
                break;
        }
        if (ids.Count == 0)
        {
            return [];
        }
        var list = ids.ToList();
        return await db.Users.AsNoTracking().Where(u => list.Contains(u.Id)).OrderBy(u => u.Id)
            .Select(u => new StaffRecipient(u.Id, u.FullName, u.Email)).ToListAsync(ct);
    }

    private static void Add(HashSet<string> ids, string? id)
    {
        if (!string.IsNullOrWhiteSpace(id))
        {
            ids.Add(id);
        }
    }

    private static long? Number(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static IQueryable<string> Leaders(MotCuaDb db, int agencyId) =>
        from sa in db.StaffAgencies
        where sa.AgencyId == agencyId
        join ur in db.UserRoles on sa.UserId equals ur.UserId
        join r in db.Roles on ur.RoleId equals r.Id
        where r.Name == StaffRoles.UnitLeader
        select sa.UserId;

    private static IQueryable<string> WithRole(MotCuaDb db, string role) =>
        from ur in db.UserRoles
        join r in db.Roles on ur.RoleId equals r.Id
        where r.Name == role
        select ur.UserId;
}
