using Microsoft.EntityFrameworkCore;

namespace MotCua.Web.Data;

public static class DbErrors
{
    /// <summary>
    /// A unique index refused a row: on a dossier this means another action got there first (its audit entry took the
    /// sequence number), so it is the same conflict as a changed version.
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        Npgsql.PostgresException pg => pg.SqlState == "23505",
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        _ => false,
    };
}
