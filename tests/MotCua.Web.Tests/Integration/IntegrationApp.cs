using Microsoft.AspNetCore.Hosting;
using MotCua.Web.Data;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Integration;

/// <summary>The app with the national portal registered as an integration client.</summary>
public abstract class IntegrationApp(DatabaseProvider provider) : MotCuaApp(provider)
{
    public const string ClientId = "dvcqg";
    public const string Secret = "dvcqg-shared-secret-for-tests";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"Integration:Clients:{ClientId}:Name", "Cổng Dịch vụ công quốc gia");
        builder.UseSetting($"Integration:Clients:{ClientId}:Secret", Secret);
    }
}

public sealed class SqliteIntegrationApp() : IntegrationApp(DatabaseProvider.Sqlite);

public sealed class PostgresIntegrationApp() : IntegrationApp(DatabaseProvider.Postgres);
