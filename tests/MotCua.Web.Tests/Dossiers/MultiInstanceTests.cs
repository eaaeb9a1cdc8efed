using Microsoft.AspNetCore.Hosting;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Dossiers;

/// <summary>A second application instance with its own connection pool on the same PostgreSQL database.</summary>
public sealed class SecondInstance(PostgresApp first) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Postgres", first.ConnectionString + ";Application Name=second-instance");
        builder.UseSetting("Database:AutoMigrate", "true");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("RateLimits:LoginPerMinute", "100000");
        builder.UseSetting("Auth:BearerTokenHours", "87600");
        builder.ConfigureServices(s => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TimeProvider>(s, first.Clock));
    }
}

public sealed class MultiInstanceTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Two_app_instances_on_one_database_never_share_a_code()
    {
        app.Clock.Set(TestClock.Vn(2026, 8, 3, 9, 0));
        var one = await app.ClientFor(Reception);
        using var second = new SecondInstance(app);
        using var anonymous = second.CreateClient();
        var login = await anonymous.PostAsync("/api/v1/auth/login",
            System.Net.Http.Json.JsonContent.Create(new { email = Reception, password = MotCuaApp.DemoPassword }));
        var token = (await login.Json(System.Net.HttpStatusCode.OK)).Str("accessToken");
        using var two = second.CreateClient();
        two.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var receipts = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => (i % 2 == 0 ? one : two).Intake(JudicialRecordIntake())));

        var numbers = receipts.Select(r => int.Parse(r.Str("code")[^4..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, 30).ToArray(), numbers);
    }
}
