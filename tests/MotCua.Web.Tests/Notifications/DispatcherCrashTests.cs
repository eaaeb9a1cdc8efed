using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Notifications.Dispatch;
using MotCua.Web.Features.Outbox;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Notifications;

/// <summary>
/// The real crash: the application as its own process, with its hosted dispatcher loop, killed with SIGKILL while the
/// portal holds its request open, then started again.
/// </summary>
public abstract class DispatcherCrashTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    [Fact]
    public async Task The_app_killed_in_the_middle_of_dispatching_delivers_every_message_once_in_effect_after_a_restart()
    {
        await using var portal = await FakeWebhook.StartAsync();
        portal.Delay = TimeSpan.FromMinutes(2);
        await app.SettleEarlierMessagesAsync();
        using var reception = await app.ClientFor(Reception);
        var codes = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            codes.Add((await reception.Intake(JudicialRecordIntake())).Str("code"));
        }
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = app.Provider.ToString(),
            [app.Provider == DatabaseProvider.Postgres ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite"] = app.ConnectionString,
            ["Notifications:DispatcherEnabled"] = "true",
            ["Notifications:PollSeconds"] = "0.2",
            ["Notifications:LeaseSeconds"] = "3",
            ["Integration:Dvcqg:WebhookUrl"] = portal.Url,
            ["Integration:Dvcqg:WebhookSecret"] = NotificationHarness.Secret,
            ["Logging:LogLevel:Default"] = "Warning",
        };

        await using (var first = await AppProcess.StartAsync(settings))
        {
            await Until(() => Task.FromResult(portal.Requests.Count >= 1), "the first process sends", () => first.Output);
            // The portal has the event but has not answered: the process has sent and not recorded it. Kill it now.
            await first.KillAsync();
        }
        Assert.Single(portal.Requests);
        Assert.Equal(0, await DeliveredAsync(codes));

        portal.Delay = TimeSpan.Zero;
        await using (var second = await AppProcess.StartAsync(settings))
        {
            await Until(async () => await DeliveredAsync(codes) == codes.Count, "the restarted process delivers everything", () => second.Output);
        }

        var events = portal.Requests.Select(r => (Request: r, Json: JsonDocument.Parse(r.Body).RootElement)).ToList();
        Assert.Equal(codes.Order(), events.Select(e => e.Json.Str("dossierCode")).Distinct().Order());
        var byEvent = events.GroupBy(e => e.Json.Str("eventId")).ToList();
        Assert.Equal(codes.Count, byEvent.Count);
        // The one in flight at the kill went out again after the restart with the same event id and body (the portal drops
        // the repeat); every other event went out once.
        var repeated = Assert.Single(byEvent, g => g.Count() > 1);
        Assert.Equal(2, repeated.Count());
        Assert.Single(repeated.Select(e => e.Request.Body).Distinct());
        Assert.Equal(events[0].Json.Str("eventId"), repeated.Key);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        var deliveries = await db.NotificationDeliveries.AsNoTracking().Where(d => byEvent.Select(g => g.Key).Contains(d.IdempotencyKey)).ToListAsync();
        Assert.Equal(codes.Count, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    private async Task<int> DeliveredAsync(List<string> codes)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        return await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Delivered && m.Topic == OutboxTopics.DossierReceived
            && db.Dossiers.Any(d => d.Id == m.DossierId && codes.Contains(d.Code!)));
    }

    private static async Task Until(Func<Task<bool>> condition, string what, Func<string> output)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, $"Waited 60 s for {what}. App output:\n{output()}");
            await Task.Delay(100);
        }
    }
}

public sealed class DispatcherCrashOnSqlite(SqliteApp app) : DispatcherCrashTests<SqliteApp>(app);

public sealed class DispatcherCrashOnPostgres(PostgresApp app) : DispatcherCrashTests<PostgresApp>(app);
