using System.Data.Common;
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
        if (Provider(config) == DatabaseProvider.Postgres)
        {
            var cs = config.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is not set.");
            services.AddDbContext<MotCuaDb, PostgresMotCuaDb>(o => o.UseNpgsql(cs, n => n.MigrationsAssembly(typeof(MotCuaDb).Assembly.FullName)));
        }
        else
        {
            var cs = config.GetConnectionString("Sqlite") ?? "Data Source=data/motcua.db";
            EnsureSqliteDirectory(cs);
            services.AddDbContext<MotCuaDb, SqliteMotCuaDb>(o => o.UseSqlite(cs).AddInterceptors(new SqlitePragmas()));
        }
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
    /// </summary>
    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        private const string Pragmas =
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = Pragmas;
            cmd.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = Pragmas;
            await cmd.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
