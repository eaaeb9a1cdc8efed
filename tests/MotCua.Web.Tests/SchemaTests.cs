using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests;

/// <summary>A model change without its migration (for either engine) fails here, not in production.</summary>
public abstract class SchemaTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    [Fact]
    public void The_migrations_of_this_engine_match_the_model()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();

        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/new-migration.sh <Name> to add the migration for both engines.");
        Assert.Empty(db.Database.GetPendingMigrations());
    }
}

public sealed class SchemaOnSqlite(SqliteApp app) : SchemaTests<SqliteApp>(app);

public sealed class SchemaOnPostgres(PostgresApp app) : SchemaTests<PostgresApp>(app);
