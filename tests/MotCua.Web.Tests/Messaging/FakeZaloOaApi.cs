using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MotCua.Web.Tests.Messaging;

/// <summary>
/// A fake of the Zalo OA API on a loopback port, in its own Kestrel server: it records each message/cs call (its
/// access_token header and JSON body) and answers as Zalo does, {"error":0,"message":"Success"}.
/// </summary>
public sealed class FakeZaloOaApi : IAsyncDisposable
{
    private readonly WebApplication app;

    public sealed record Call(string? AccessToken, JsonElement Body);

    public ConcurrentQueue<Call> Calls { get; } = new();
    public string Url { get; }

    public FakeZaloOaApi()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost("/v3.0/oa/message/cs", async (HttpRequest request) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            Calls.Enqueue(new Call(request.Headers["access_token"].FirstOrDefault(), body));
            return Results.Json(new { error = 0, message = "Success", data = new { message_id = Guid.NewGuid().ToString("N") } });
        });
        app.StartAsync().GetAwaiter().GetResult();
        Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
