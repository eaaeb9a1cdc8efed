using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;

namespace EfDesignHost;

// `dotnet ef migrations add X --project src/MotCua.Web --startup-project tools/EfDesignHost --context SqliteMotCuaDb
//    --output-dir Data/Migrations/Sqlite` (and the same with PostgresMotCuaDb → Data/Migrations/Postgres).
// The factories pass the app's Identity options, or Identity would silently build an older schema (STACK.md §4).
internal static class AppServices
{
    public static readonly IServiceProvider Instance = new ServiceCollection()
        .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
        .BuildServiceProvider();
}

public sealed class SqliteFactory : IDesignTimeDbContextFactory<SqliteMotCuaDb>
{
    public SqliteMotCuaDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SqliteMotCuaDb>()
        .UseSqlite("Data Source=design_time.db").UseApplicationServiceProvider(AppServices.Instance).Options);
}

public sealed class PostgresFactory : IDesignTimeDbContextFactory<PostgresMotCuaDb>
{
    public PostgresMotCuaDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PostgresMotCuaDb>()
        .UseNpgsql("Host=127.0.0.1;Database=design_time").UseApplicationServiceProvider(AppServices.Instance).Options);
}

internal static class Program
{
    private static void Main() { }
}
