using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Notifications.Dispatch;
using MotCua.Web.Features.Outbox;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Notifications;

/// <summary>An app instance over the fixture's database with the channels a test configures, and what tests ask of it.</summary>
public static class NotificationHarness
{
    public const string Secret = "test-webhook-secret-2026";

    /// <summary>
    /// A further instance of the application (its own host, pools and dispatcher) over the fixture's database and clock:
    /// two of them are two app processes on one database.
    /// </summary>
    public static WebApplicationFactory<Program> Instance(this MotCuaApp app, FakeWebhook? webhook = null, bool email = false,
        int maxAttempts = 8, int batchSize = 20, double leaseSeconds = 60) =>
        app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Notifications:MaxAttempts", maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Notifications:BatchSize", batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Notifications:LeaseSeconds", leaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Notifications:RetryBaseSeconds", "30");
            b.UseSetting("Notifications:PublicBaseUrl", "https://motcua.example.vn");
            b.UseSetting("Notifications:Email:Host", email ? "127.0.0.1" : "");
            b.UseSetting("Notifications:Email:Port", "25");
            b.UseSetting("Notifications:Email:From", email ? "motcua@" + Mailbox.Domain : "");
            b.UseSetting("Integration:Dvcqg:WebhookUrl", webhook?.Url ?? "");
            b.UseSetting("Integration:Dvcqg:WebhookSecret", webhook is null ? "" : Secret);
        });

    public static OutboxDispatcher Dispatcher(this WebApplicationFactory<Program> instance) =>
        instance.Services.GetRequiredService<OutboxDispatcher>();

    public static async Task<T> InDb<T>(this WebApplicationFactory<Program> instance, Func<MotCuaDb, Task<T>> query)
    {
        using var scope = instance.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<MotCuaDb>());
    }

    /// <summary>Messages of earlier tests (and of the demo seed) are marked done: each test sees only its own.</summary>
    public static Task SettleEarlierMessagesAsync(this WebApplicationFactory<Program> instance) =>
        instance.InDb(db => db.OutboxMessages.Where(m => m.Status != OutboxStatus.Delivered)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Delivered).SetProperty(m => m.LeaseOwner, (string?)null)));

    public static Task<OutboxMessage> MessageAsync(this WebApplicationFactory<Program> instance, string dossierCode, string topic) =>
        instance.InDb(db => db.OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.Topic == topic && db.Dossiers.Any(d => d.Id == m.DossierId && d.Code == dossierCode)));

    /// <summary>The deliveries of a message; those skipped because their channel is off only when asked for.</summary>
    public static Task<List<NotificationDelivery>> DeliveriesAsync(this WebApplicationFactory<Program> instance, long messageId, bool withSkipped = false) =>
        instance.InDb(db => db.NotificationDeliveries.AsNoTracking()
            .Where(d => d.OutboxMessageId == messageId && (withSkipped || d.Status != DeliveryStatus.Skipped)).OrderBy(d => d.Id).ToListAsync());

    /// <summary>Rounds until one claims nothing (a test's work is small; 50 rounds means a loop that never settles).</summary>
    public static async Task DrainAsync(this OutboxDispatcher dispatcher)
    {
        for (var i = 0; i < 50; i++)
        {
            if ((await dispatcher.DispatchOnceAsync()).Claimed == 0)
            {
                return;
            }
        }
        Assert.Fail("The dispatcher still claimed messages after 50 rounds");
    }
}
