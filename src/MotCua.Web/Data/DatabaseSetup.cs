using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MotCua.Web.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>SQLite is the embedded default (a file under data/); PostgreSQL is chosen by configuration.</summary>
public static class DatabaseSetup
{
    public static DatabaseProvider Provider(IConfiguration config) =>
        Enum.TryParse<DatabaseProvider>(config["Database:Provider"], ignoreCase: true, out var p) ? p : DatabaseProvider.Sqlite;

    public static IServiceCollection AddMotCuaDatabase(this IServiceCollection services, IConfiguration config)
    {
        // The statistics' change queue is filled in the transaction of every change (docs/decisions/0006). Off only to
        // measure what it costs (bench/stats): the figures then move only with a rebuild.
        Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] statistics = config.GetValue("Statistics:QueueEnabled", true)
            ? [Features.Statistics.StatisticsChangeInterceptor.Instance]
            : [];
        if (Provider(config) == DatabaseProvider.Postgres)
        {
            var cs = config.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is not set.");
            // Pooled contexts: building a context's services on every request was a visible share of an intake's CPU.
            services.AddDbContextPool<MotCuaDb, PostgresMotCuaDb>(o => o.UseNpgsql(cs, n => n.MigrationsAssembly(typeof(MotCuaDb).Assembly.FullName))
                .AddInterceptors(statistics));
        }
        else
        {
            var cs = config.GetConnectionString("Sqlite") ?? "Data Source=data/motcua.db";
            EnsureSqliteDirectory(cs);
            services.AddDbContextPool<MotCuaDb, SqliteMotCuaDb>(o => o.UseSqlite(cs).AddInterceptors([new SqlitePragmas(), .. statistics]));
        }
        services.AddSingleton(new WriteGate(Provider(config)));
        return services;
    }

    private static void EnsureSqliteDirectory(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var dir = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }
    }

    /// <summary>
    /// WAL lets readers go on while one writer commits; NORMAL sync is durable against application crashes (the
    /// database stays consistent on power loss); busy_timeout makes several processes wait for the write lock.
    /// A pooled connection keeps its native handle, and the handle keeps these settings: they are set once per handle,
    /// not on every open, where they cost about as much as the public lookup's own query (bench/RESULTS.md).
    /// </summary>
    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        private const string Pragmas =
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";
        private static readonly object Done = new();
        private readonly ConditionalWeakTable<object, object> configured = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            if (IsNewHandle(connection))
            {
                using var cmd = connection.CreateCommand();
                cmd.CommandText = Pragmas;
                cmd.ExecuteNonQuery();
                Remember(connection);
            }
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (IsNewHandle(connection))
            {
                await using var cmd = connection.CreateCommand();
                cmd.CommandText = Pragmas;
                await cmd.ExecuteNonQueryAsync(cancellationToken);
                Remember(connection);
            }
        }

        private bool IsNewHandle(DbConnection connection) =>
            connection is not SqliteConnection { Handle: { } handle } || !configured.TryGetValue(handle, out _);

        private void Remember(DbConnection connection)
        {
            if (connection is SqliteConnection { Handle: { } handle })
            {
                configured.AddOrUpdate(handle, Done);
            }
        }
    }
}
