using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using Npgsql;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// The real application over a fresh real database (a SQLite file, or a new database on the PostgreSQL server that
/// scripts/test.sh starts), seeded with the demo province, with a clock the tests move.
/// </summary>
public abstract class MotCuaApp : WebApplicationFactory<Program>
{
    private readonly string? postgresDatabase;
    private readonly string? sqliteFile;
    private readonly Dictionary<string, string> tokens = [];

    public DatabaseProvider Provider { get; }
    public TestClock Clock { get; } = new(TestClock.Vn(2026, 3, 2, 9, 0));
    public string ConnectionString { get; }
    /// <summary>Uploaded files of this app (Storage:Root): a temporary directory, removed with the app.</summary>
    public string StorageRoot { get; } = Path.Combine(Path.GetTempPath(), $"motcua-files-{Guid.NewGuid():N}");
    protected virtual int PublicLookupPerMinute => 100_000;

    protected MotCuaApp(DatabaseProvider provider)
    {
        Provider = provider;
        if (provider == DatabaseProvider.Postgres)
        {
            postgresDatabase = "motcua_test_" + Guid.NewGuid().ToString("N");
            ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer.AdminConnectionString) { Database = postgresDatabase }.ConnectionString;
            PostgresServer.CreateDatabase(postgresDatabase);
        }
        else
        {
            sqliteFile = Path.Combine(Path.GetTempPath(), $"motcua-test-{Guid.NewGuid():N}.db");
            ConnectionString = $"Data Source={sqliteFile}";
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Sqlite", Provider == DatabaseProvider.Sqlite ? ConnectionString : "");
        builder.UseSetting("ConnectionStrings:Postgres", Provider == DatabaseProvider.Postgres ? ConnectionString : "");
        builder.UseSetting("Database:AutoMigrate", "true");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("RateLimits:LoginPerMinute", "100000");
        builder.UseSetting("RateLimits:PublicLookupPerMinute", PublicLookupPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Auth:BearerTokenHours", "87600");
        builder.UseSetting("Storage:Root", StorageRoot);
        // Tests drive the outbox dispatcher themselves (OutboxDispatcher.DispatchOnceAsync): no loop racing them.
        builder.UseSetting("Notifications:DispatcherEnabled", "false");
        // Tests move the clock back and forth; the statistics are brought up to date by the test itself (CatchUpAsync).
        builder.UseSetting("Statistics:BackgroundEnabled", "false");
        builder.UseSetting("Transparency:WarmUp", "false");
        // Tests sweep the stored files themselves (FileSweep.SweepAsync).
        builder.UseSetting("Storage:SweepHours", "0");
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }

    public const string DemoPassword = "MotCua-Demo-2026";

    /// <summary>A client signed in with a bearer token from POST /api/v1/auth/login.</summary>
    public async Task<HttpClient> ClientFor(string email)
    {
        if (!tokens.TryGetValue(email, out var token))
        {
            using var anonymous = CreateClient();
            var response = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = DemoPassword });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            tokens[email] = token;
        }
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            if (Directory.Exists(StorageRoot))
            {
                Directory.Delete(StorageRoot, recursive: true);
            }
            if (postgresDatabase is not null)
            {
                NpgsqlConnection.ClearAllPools();
                PostgresServer.DropDatabase(postgresDatabase);
            }
            if (sqliteFile is not null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var f in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
                {
                    File.Delete(f);
                }
            }
        }
    }
}

public sealed class SqliteApp() : MotCuaApp(DatabaseProvider.Sqlite);

public sealed class PostgresApp() : MotCuaApp(DatabaseProvider.Postgres);

/// <summary>
/// The PostgreSQL server of the test run. A test that cannot reach it FAILS with this message: it never passes
/// silently.
/// </summary>
public static class PostgresServer
{
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("MOTCUA_TEST_PG")
        ?? throw new InvalidOperationException(
            "MOTCUA_TEST_PG is not set: run the tests with scripts/test.sh, which starts a private PostgreSQL server, " +
            "or point MOTCUA_TEST_PG at one (Host=127.0.0.1;Port=…;Username=…;Password=…;Database=postgres).");

    public static void CreateDatabase(string name) => Execute($"CREATE DATABASE \"{name}\"");

    public static void DropDatabase(string name) => Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
