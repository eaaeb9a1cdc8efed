using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests;

/// <summary>Several app nodes share one key ring, kept where the operator says, so a session is valid on every node.</summary>
public sealed class DataProtectionTests(SqliteApp app) : IClassFixture<SqliteApp>, IDisposable
{
    private readonly string keys = Path.Combine(Path.GetTempPath(), "motcua-keys-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_key_ring_is_kept_in_the_configured_directory_and_a_second_node_accepts_the_first_ones_token()
    {
        await using var first = app.WithWebHostBuilder(b => b.UseSetting("DataProtection:KeysDirectory", keys));
        await using var second = app.WithWebHostBuilder(b => b.UseSetting("DataProtection:KeysDirectory", keys));
        using var anonymous = first.CreateClient();
        var login = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = Reception, password = MotCuaApp.DemoPassword });
        var token = (await login.Json(System.Net.HttpStatusCode.OK)).Str("accessToken");

        using var other = second.CreateClient();
        other.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var agencies = await other.GetAsync("/api/v1/agencies");

        Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
        Assert.Equal(System.Net.HttpStatusCode.OK, agencies.StatusCode);
    }

    public void Dispose()
    {
        if (Directory.Exists(keys))
        {
            Directory.Delete(keys, recursive: true);
        }
    }
}
