using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using Npgsql;
using NpgsqlTypes;

namespace MotCua.Web.Features.Statistics;

/// <summary>Writes built facts in bulk: binary COPY on PostgreSQL (the rebuild of millions), batched inserts on SQLite.</summary>
public static class FactWriter
{
    public static async Task WriteAsync(MotCuaDb db, FactBuilder.Built built, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(built);
        if (db.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            await CopyFactsAsync(connection, built.Facts, ct);
            await CopySpansAsync(connection, built.Spans, ct);
            return;
        }
        db.ChangeTracker.Clear();
        db.AddRange(built.Facts);
        db.AddRange(built.Spans);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static async Task CopyFactsAsync(NpgsqlConnection connection, List<DossierFact> facts, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync("""
            COPY "DossierFacts" ("DossierId", "Code", "AgencyId", "Level", "ProcedureId", "FieldCode", "Channel", "Status", "ReceivedAt",
                "ReceivedDay", "DueAt", "EndAt", "EndDay", "Timeliness", "ProcessingDays", "OverdueAfter", "FeeBearing", "PaidOnline",
                "Digitised", "Reused", "Rating", "RatedDay", "HasFeedback", "Dissatisfied") FROM STDIN (FORMAT BINARY)
            """, ct);
        foreach (var f in facts)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(f.DossierId, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(f.Code, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(f.AgencyId, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(f.Level.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(f.ProcedureId, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(f.FieldCode, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(f.Channel.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(f.Status.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(f.ReceivedAt.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(f.ReceivedDay, NpgsqlDbType.Integer, ct);
            await WriteNullableAsync(copy, f.DueAt?.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
            await WriteNullableAsync(copy, f.EndAt?.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
            await WriteNullableAsync(copy, f.EndDay, NpgsqlDbType.Integer, ct);
            await WriteNullableAsync(copy, f.Timeliness?.ToString(), NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(copy, f.ProcessingDays, NpgsqlDbType.Integer, ct);
            await WriteNullableAsync(copy, f.OverdueAfter?.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(f.FeeBearing, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(f.PaidOnline, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(f.Digitised, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(f.Reused, NpgsqlDbType.Boolean, ct);
            await WriteNullableAsync(copy, f.Rating?.ToString(), NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(copy, f.RatedDay, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(f.HasFeedback, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(f.Dissatisfied, NpgsqlDbType.Boolean, ct);
        }
        await copy.CompleteAsync(ct);
    }

    private static async Task CopySpansAsync(NpgsqlConnection connection, List<OpenSpanRow> spans, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync("""
            COPY "OpenSpans" ("DossierId", "AgencyId", "ProcedureId", "FromDay", "ToDay", "Overdue", "Dissatisfied") FROM STDIN (FORMAT BINARY)
            """, ct);
        foreach (var s in spans)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(s.DossierId, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(s.AgencyId, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(s.ProcedureId, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(s.FromDay, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(s.ToDay, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(s.Overdue, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(s.Dissatisfied, NpgsqlDbType.Boolean, ct);
        }
        await copy.CompleteAsync(ct);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) where T : struct =>
        value is { } v ? copy.WriteAsync(v, type, ct) : copy.WriteNullAsync(ct);

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type, CancellationToken ct) =>
        value is not null ? copy.WriteAsync(value, type, ct) : copy.WriteNullAsync(ct);
}
