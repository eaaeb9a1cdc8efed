using Microsoft.AspNetCore.Hosting;
using MotCua.Web.Data;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Transparency;

/// <summary>
/// The app with the statistics' background catch-up off: the tests move the clock through March and decide when the
/// statistics catch up (a catch-up that runs while the clock is still in early March would close those days early).
/// </summary>
public abstract class TransparencyApp(DatabaseProvider provider) : MotCuaApp(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Statistics:BackgroundEnabled", "false");
    }
}

public sealed class TransparencySqliteApp() : TransparencyApp(DatabaseProvider.Sqlite);

public sealed class TransparencyPostgresApp() : TransparencyApp(DatabaseProvider.Postgres);
