using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Outbox;

namespace MotCua.Web.Features.Notifications.Dispatch;

/// <summary>
/// Claims due messages for one dispatch round: one UPDATE sets the round's token and a lease on up to N pending messages
/// whose lease is free or expired. On PostgreSQL the inner SELECT locks with FOR UPDATE SKIP LOCKED, so dispatchers in
/// several processes never wait on, nor both take, the same row; SQLite has one writer at a time, so the same statement
/// is atomic there as it is. The token then names the round's messages.
/// </summary>
public static class OutboxClaims
{
    public static async Task<List<long>> ClaimAsync(MotCuaDb db, DatabaseProvider provider, string token, DateTimeOffset now,
        DateTimeOffset leaseUntil, int batch, CancellationToken ct)
    {
        var at = now.UtcDateTime;
        var until = leaseUntil.UtcDateTime;
        var pending = nameof(OutboxStatus.Pending);
        if (provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlAsync($"""
                UPDATE "OutboxMessages" SET "LeaseOwner" = {token}, "LeaseUntil" = {until}
                WHERE "Id" IN (SELECT "Id" FROM "OutboxMessages"
                    WHERE "Status" = {pending} AND ("NextAttemptAt" IS NULL OR "NextAttemptAt" <= {at})
                      AND ("LeaseUntil" IS NULL OR "LeaseUntil" < {at})
                    ORDER BY "NextAttemptAt", "Id" LIMIT {batch}
                    FOR UPDATE SKIP LOCKED)
                """, ct);
        }
        else
        {
            await db.Database.ExecuteSqlAsync($"""
                UPDATE "OutboxMessages" SET "LeaseOwner" = {token}, "LeaseUntil" = {until}
                WHERE "Id" IN (SELECT "Id" FROM "OutboxMessages"
                    WHERE "Status" = {pending} AND ("NextAttemptAt" IS NULL OR "NextAttemptAt" <= {at})
                      AND ("LeaseUntil" IS NULL OR "LeaseUntil" < {at})
                    ORDER BY "NextAttemptAt", "Id" LIMIT {batch})
                """, ct);
        }
        return await db.OutboxMessages.AsNoTracking().Where(m => m.LeaseOwner == token).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(ct);
    }
}
