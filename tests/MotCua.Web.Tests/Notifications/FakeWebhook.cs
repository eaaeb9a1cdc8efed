using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MotCua.Web.Tests.Notifications;

/// <summary>
/// The national portal's webhook receiver, faked: its own Kestrel server on a free loopback port, recording every request
/// and answering what the test scripts (by call number).
/// </summary>
public sealed class FakeWebhook : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Received> received = new();
    private int calls;

    public sealed record Received(int Number, string Body, string? Timestamp, string? Signature, string? EventId, string? ContentType, int Answered);

    /// <summary>Call number (1-based) → HTTP status to answer.</summary>
    public Func<int, int> StatusFor { get; set; } = _ => 200;

    /// <summary>Time the receiver takes before answering (widens races in the concurrency tests).</summary>
    public TimeSpan Delay { get; set; }

    public string Url { get; }

    public IReadOnlyList<Received> Requests => received.OrderBy(r => r.Number).ToList();

    private FakeWebhook(WebApplication app, string url)
    {
        this.app = app;
        Url = url;
    }

    public static async Task<FakeWebhook> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var web = builder.Build();
        FakeWebhook? self = null;
        web.MapPost("/dvcqg/events", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var number = Interlocked.Increment(ref self!.calls);
            var status = self.StatusFor(number);
            self.received.Enqueue(new Received(number, body, http.Request.Headers["X-MotCua-Timestamp"], http.Request.Headers["X-MotCua-Signature"],
                http.Request.Headers["X-MotCua-Event-Id"], http.Request.ContentType, status));
            if (self.Delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(self.Delay, http.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The sender went away (killed) while waiting for the answer.
                    return;
                }
            }
            http.Response.StatusCode = status;
            http.Response.Headers["X-Request-Id"] = $"portal-{number}";
        });
        await web.StartAsync();
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new FakeWebhook(web, address.TrimEnd('/') + "/dvcqg/events");
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
