using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

public sealed class DailyCodeLimitReachedException(string agencyCode, DateOnly day)
    : Exception($"Agency {agencyCode} has used all {DossierCode.MaxPerDay} dossier codes of {day:yyyy-MM-dd}.");

/// <summary>
/// Allocates the next code of a receiving agency's day. The counter row is incremented by one atomic upsert inside the
/// intake transaction: concurrent intakes (threads or processes) queue on that row, and a rolled-back intake returns its
/// number, so codes stay unique and gapless in the order of acceptance.
/// </summary>
public static class DossierCodes
{
    private const string NextSql = """
        INSERT INTO "DossierCodeSequences" ("AgencyCode", "Day", "Last") VALUES ({0}, {1}, 1)
        ON CONFLICT ("AgencyCode", "Day") DO UPDATE SET "Last" = "DossierCodeSequences"."Last" + 1
        RETURNING "Last" AS "Value"
        """;

    public static async Task<string> NextAsync(MotCuaDb db, string agencyCode, DateTimeOffset receivedAt, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A dossier code is allocated only inside the intake transaction.");
        }
        var day = VietnamTime.LocalDate(receivedAt);
        var next = (await db.Database.SqlQueryRaw<int>(NextSql, agencyCode, DossierCode.DayKey(day)).ToListAsync(ct)).Single();
        if (next > DossierCode.MaxPerDay)
        {
            throw new DailyCodeLimitReachedException(agencyCode, day);
        }
        return DossierCode.Format(agencyCode, day, next);
    }
}
