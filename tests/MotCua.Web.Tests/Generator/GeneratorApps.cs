using Microsoft.AspNetCore.Hosting;
using MotCua.Web.Data;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Generator;

/// <summary>
/// The app with the statistics' background catch-up off: the generator rebuilds the statistics itself at its end, as
/// the command does in its own process (no hosted services there), and the worker would otherwise race that rebuild.
/// </summary>
public abstract class GeneratorApp(DatabaseProvider provider) : MotCuaApp(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Statistics:BackgroundEnabled", "false");
    }
}

public sealed class GeneratorSqliteApp() : GeneratorApp(DatabaseProvider.Sqlite);

public sealed class GeneratorPostgresApp() : GeneratorApp(DatabaseProvider.Postgres);
