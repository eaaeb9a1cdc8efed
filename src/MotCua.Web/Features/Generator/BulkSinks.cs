using Microsoft.Data.Sqlite;
using MotCua.Web.Data;
using MotCua.Web.Features.Audit;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Payments;
using MotCua.Web.Features.Ratings;
using Npgsql;

namespace MotCua.Web.Features.Generator;

/// <summary>The rows of one slice of generated days: dossiers with their steps, documents, supplements and audit trail.</summary>
public sealed class GeneratedBatch
{
    public List<Dossier> Dossiers { get; } = [];
    public List<Payment> Payments { get; } = [];
    public List<Rating> Ratings { get; } = [];
}

/// <summary>Writes batches, each in its own transaction. Several sinks may write at once (PostgreSQL).</summary>
public interface IBulkSink : IAsyncDisposable
{
    Task WriteAsync(GeneratedBatch batch, CancellationToken ct);
}

/// <summary>
/// PostgreSQL: binary COPY of each table, one transaction per batch. The session commits asynchronously
/// (synchronous_commit off: a crash loses at most the last batches of a generation that is rerun anyway), and when
/// the role may do so it skips the foreign-key triggers (session_replication_role = replica), whose checks would cost
/// more than the copy: the generator writes every child with the id of a parent in the same transaction.
/// </summary>
public sealed class PostgresSink : IBulkSink
{
    private readonly NpgsqlConnection connection;
    private readonly MotCuaDb model;

    private PostgresSink(NpgsqlConnection connection, MotCuaDb model)
    {
        this.connection = connection;
        this.model = model;
    }

    public bool TriggersSkipped { get; private set; }

    public static async Task<PostgresSink> OpenAsync(string connectionString, MotCuaDb model, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var sink = new PostgresSink(connection, model);
        await using (var set = new NpgsqlCommand("SET synchronous_commit = off", connection))
        {
            await set.ExecuteNonQueryAsync(ct);
        }
        try
        {
            await using var replica = new NpgsqlCommand("SET session_replication_role = replica", connection);
            await replica.ExecuteNonQueryAsync(ct);
            sink.TriggersSkipped = true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            // Not a superuser: the foreign keys are checked row by row; slower, same result.
        }
        return sink;
    }

    public async Task WriteAsync(GeneratedBatch batch, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        await CopyAsync(BulkTable<Dossier>.For(model, withKey: true), batch.Dossiers, ct);
        await CopyAsync(BulkTable<DossierStep>.For(model, withKey: false), batch.Dossiers.SelectMany(d => d.Steps), ct);
        await CopyAsync(BulkTable<DossierDocument>.For(model, withKey: false), batch.Dossiers.SelectMany(d => d.Documents), ct);
        await CopyAsync(BulkTable<SupplementRequest>.For(model, withKey: false), batch.Dossiers.SelectMany(d => d.SupplementRequests), ct);
        await CopyAsync(BulkTable<AuditEntry>.For(model, withKey: false), batch.Dossiers.SelectMany(d => d.Audit), ct);
        await CopyAsync(BulkTable<Payment>.For(model, withKey: false), batch.Payments, ct);
        await CopyAsync(BulkTable<Rating>.For(model, withKey: false), batch.Ratings, ct);
        await tx.CommitAsync(ct);
    }

    private async Task CopyAsync<T>(BulkTable<T> table, IEnumerable<T> rows, CancellationToken ct) where T : class
    {
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c}\""));
        await using var importer = await connection.BeginBinaryImportAsync($"COPY \"{table.Table}\" ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        var writers = table.CopyWriters;
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            for (var i = 0; i < writers.Count; i++)
            {
                writers[i](importer, row);
            }
        }
        await importer.CompleteAsync(ct);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}

/// <summary>
/// SQLite: one prepared INSERT per table, reused for every row, one transaction per batch (SQLite has one writer; the
/// batch transaction is what makes it fast, not the statements).
/// </summary>
public sealed class SqliteSink : IBulkSink
{
    private readonly SqliteConnection connection;
    private readonly MotCuaDb model;
    private readonly Dictionary<string, SqliteCommand> commands = [];

    private SqliteSink(SqliteConnection connection, MotCuaDb model)
    {
        this.connection = connection;
        this.model = model;
    }

    public static async Task<SqliteSink> OpenAsync(string connectionString, MotCuaDb model, CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA cache_size=-200000;";
            await pragmas.ExecuteNonQueryAsync(ct);
        }
        return new SqliteSink(connection, model);
    }

    public async Task WriteAsync(GeneratedBatch batch, CancellationToken ct)
    {
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        Insert(tx, BulkTable<Dossier>.For(model, withKey: true), batch.Dossiers);
        Insert(tx, BulkTable<DossierStep>.For(model, withKey: false), batch.Dossiers.SelectMany(d => d.Steps));
        Insert(tx, BulkTable<DossierDocument>.For(model, withKey: false), batch.Dossiers.SelectMany(d => d.Documents));
        Insert(tx, BulkTable<SupplementRequest>.For(model, withKey: false), batch.Dossiers.SelectMany(d => d.SupplementRequests));
        Insert(tx, BulkTable<AuditEntry>.For(model, withKey: false), batch.Dossiers.SelectMany(d => d.Audit));
        Insert(tx, BulkTable<Payment>.For(model, withKey: false), batch.Payments);
        Insert(tx, BulkTable<Rating>.For(model, withKey: false), batch.Ratings);
        await tx.CommitAsync(ct);
    }

    private void Insert<T>(SqliteTransaction tx, BulkTable<T> table, IEnumerable<T> rows) where T : class
    {
        if (!commands.TryGetValue(table.Table, out var command))
        {
            command = connection.CreateCommand();
            var columns = string.Join(", ", table.Columns.Select(c => $"\"{c}\""));
            var parameters = string.Join(", ", table.Columns.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            command.CommandText = $"INSERT INTO \"{table.Table}\" ({columns}) VALUES ({parameters})";
            for (var i = 0; i < table.Columns.Count; i++)
            {
                command.Parameters.Add(new SqliteParameter("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
            }
            commands[table.Table] = command;
        }
        command.Transaction = tx;
        var values = table.Values;
        var parametersList = command.Parameters;
        foreach (var row in rows)
        {
            for (var i = 0; i < values.Count; i++)
            {
                parametersList[i].Value = values[i](row);
            }
            command.ExecuteNonQuery();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values)
        {
            await command.DisposeAsync();
        }
        await connection.DisposeAsync();
    }
}
