using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// A fake of an outside gateway (SMS, Zalo, a webhook receiver) on a loopback port, in its own Kestrel server: it records
/// every POST to its path (headers and JSON body) and answers what <see cref="Respond"/> says for the n-th call.
/// </summary>
public sealed class FakeGateway : IAsyncDisposable
{
    private readonly WebApplication app;
    private int count;

    public sealed record Call(IReadOnlyDictionary<string, string> Headers, JsonElement Body);

    public ConcurrentQueue<Call> Calls { get; } = new();
    /// <summary>The base address, e.g. http://127.0.0.1:40123.</summary>
    public string Url { get; }
    /// <summary>The answer to the n-th call (1-based); by default 200 with an empty JSON object.</summary>
    public Func<int, JsonElement, IResult> Respond { get; set; } = (_, _) => Results.Json(new { });

    public FakeGateway(string path)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost(path, async (HttpRequest request) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            Calls.Enqueue(new Call(request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body));
            return Respond(Interlocked.Increment(ref count), body);
        });
        app.StartAsync().GetAwaiter().GetResult();
        Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
