using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MotCua.Web.Features.Notifications.Dispatch;
using MotCua.Web.Features.Outbox;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Notifications;

/// <summary>
/// The outbox dispatcher end to end: a real postfix on loopback for e-mail, a fake national-portal webhook on its own
/// Kestrel port, the application's real database (SQLite and PostgreSQL), the test clock for backoff and leases.
/// </summary>
public abstract class NotificationDispatchTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private static object Intake(string? email, string language = "vi") => new
    {
        procedureCode = JudicialRecord,
        channel = "Counter",
        applicant = new { kind = "Person", fullName = "Nguyễn Văn An", idNumber = "075090001234", phone = "0912345678", email, address = "Phường Trấn Biên, tỉnh Đồng Nai" },
        receivedComponents = new[] { "TP01", "TP02" },
        language,
    };

    private async Task<string> ReceiveAsync(string? email = null, string language = "vi")
    {
        using var reception = await app.ClientFor(Reception);
        return (await reception.Intake(Intake(email, language))).Str("code");
    }

    [Theory]
    [InlineData("vi", "Đã tiếp nhận hồ sơ", "Ngày hẹn trả kết quả")]
    [InlineData("en", "Dossier", "Result due on")]
    public async Task A_received_dossier_reaches_the_applicant_by_email_in_their_language_with_the_receipt_link(string language, string subject, string dueLine)
    {
        await using var instance = app.Instance(email: true);
        await instance.SettleEarlierMessagesAsync();
        var to = Mailbox.NewAddress();
        var code = await ReceiveAsync(to, language);

        await instance.Dispatcher().DrainAsync();

        var mail = await Mailbox.WaitForAsync(to, TimeSpan.FromSeconds(15));
        Assert.StartsWith(subject, mail.Subject, StringComparison.Ordinal);
        Assert.Contains(code, mail.Subject, StringComparison.Ordinal);
        if (language == "vi")
        {
            Assert.Contains("=?utf-8?", mail.Headers["subject"], StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("multipart/alternative", mail.Headers["content-type"], StringComparison.OrdinalIgnoreCase);
        var link = $"https://motcua.example.vn/tra-cuu?ma={code}";
        Assert.Contains(dueLine, mail.Text, StringComparison.Ordinal);
        Assert.Contains(link, mail.Text, StringComparison.Ordinal);
        Assert.Contains($"href=\"{link}\"", mail.Html, StringComparison.Ordinal);
        Assert.Contains(language == "vi" ? "Bộ phận Một cửa đã tiếp nhận hồ sơ" : "The one-stop desk has received dossier", mail.Text, StringComparison.Ordinal);
        Assert.Contains("charset=utf-8", mail.Raw, StringComparison.OrdinalIgnoreCase);
        // Data minimisation: the applicant's other personal data is not in the message.
        Assert.DoesNotContain("075090001234", mail.Raw, StringComparison.Ordinal);

        var message = await instance.MessageAsync(code, OutboxTopics.DossierReceived);
        Assert.Equal(OutboxStatus.Delivered, message.Status);
        var delivery = Assert.Single(await instance.DeliveriesAsync(message.Id));
        Assert.Equal(("email", DeliveryStatus.Sent, 1), (delivery.Channel, delivery.Status, delivery.Attempts));
        Assert.Equal("r•••@" + Mailbox.Domain, delivery.RecipientDisplay);
        Assert.Equal($"<motcua-{message.Id}-email@{Mailbox.Domain}>", delivery.ProviderMessageId);
        Assert.Equal(delivery.ProviderMessageId, mail.Headers["message-id"]);

        // The staff dossier page shows the delivery log, with the address masked.
        using var reception = await app.ClientFor(Reception);
        var page = await reception.GetStringAsync($"/can-bo/ho-so/{code}");
        Assert.Contains("Thông báo đã gửi", page, StringComparison.Ordinal);
        Assert.Contains("r•••@" + Mailbox.Domain, page, StringComparison.Ordinal);
        Assert.Contains($"motcua-{message.Id}-email@", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_portal_gets_the_exact_signed_event_once_after_three_server_errors_with_growing_backoff()
    {
        await using var portal = await FakeWebhook.StartAsync();
        portal.StatusFor = n => n <= 3 ? 500 : 200;
        await using var instance = app.Instance(portal);
        await instance.SettleEarlierMessagesAsync();
        var code = await ReceiveAsync();
        var message = await instance.MessageAsync(code, OutboxTopics.DossierReceived);
        var dispatcher = instance.Dispatcher();

        var gaps = new List<TimeSpan>();
        for (var round = 1; round <= 4; round++)
        {
            var result = await dispatcher.DispatchOnceAsync();
            Assert.Equal(1, result.Claimed);
            Assert.Equal(round, portal.Requests.Count);
            var now = await instance.InDb(db => Task.FromResult(db.OutboxMessages.Single(m => m.Id == message.Id)));
            if (round < 4)
            {
                Assert.Equal((OutboxStatus.Pending, round), (now.Status, now.Attempts));
                Assert.Contains("HTTP 500", now.LastError, StringComparison.Ordinal);
                var wait = now.NextAttemptAt!.Value - app.Clock.GetUtcNow();
                gaps.Add(wait);
                // Not due yet: a round just before the next attempt claims nothing and sends nothing.
                app.Clock.Advance(wait - TimeSpan.FromSeconds(1));
                Assert.Equal(0, (await dispatcher.DispatchOnceAsync()).Claimed);
                Assert.Equal(round, portal.Requests.Count);
                app.Clock.Advance(TimeSpan.FromSeconds(1));
            }
            else
            {
                Assert.Equal(OutboxStatus.Delivered, now.Status);
            }
        }
        // Equal jitter: the n-th wait is within [base·2^(n-1)/2, base·2^(n-1)] with base 30 s, so each is longer than the last.
        Assert.All(gaps.Select((g, i) => (g, i)), x => Assert.InRange(x.g.TotalSeconds, 15 * Math.Pow(2, x.i), 30 * Math.Pow(2, x.i)));
        Assert.True(gaps[0] < gaps[1] && gaps[1] < gaps[2], string.Join(", ", gaps));

        var requests = portal.Requests;
        Assert.Equal([500, 500, 500, 200], requests.Select(r => r.Answered));
        Assert.Single(requests.Select(r => r.Body).Distinct());
        var eventId = $"motcua-{message.Id}-dvcqg";
        Assert.All(requests, r => Assert.Equal(eventId, r.EventId));
        using var reception = await app.ClientFor(Reception);
        var dossier = await reception.Get($"/api/v1/dossiers/{code}");
        var dueAt = dossier.Time("dueAt").ToUniversalTime();
        var occurredAt = message.CreatedAt.ToUniversalTime();
        var expected = "{\"eventId\":\"" + eventId + "\",\"event\":\"dossier.received\",\"occurredAt\":\"" + Iso(occurredAt) +
            "\",\"dossierCode\":\"" + code + "\",\"status\":\"Accepted\",\"dueAt\":\"" + Iso(dueAt) + "\",\"resultLink\":null}";
        Assert.Equal(expected, requests[^1].Body);
        Assert.StartsWith("application/json", requests[^1].ContentType, StringComparison.Ordinal);
        foreach (var r in requests)
        {
            var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(NotificationHarness.Secret), Encoding.UTF8.GetBytes(r.Timestamp + "." + r.Body)));
            Assert.Equal(signature, r.Signature);
        }
        var stamps = requests.Select(r => long.Parse(r.Timestamp!, CultureInfo.InvariantCulture)).ToList();
        Assert.True(stamps[1] - stamps[0] < stamps[2] - stamps[1] && stamps[2] - stamps[1] < stamps[3] - stamps[2], string.Join(", ", stamps));

        var delivery = Assert.Single(await instance.DeliveriesAsync(message.Id));
        Assert.Equal(("dvcqg", DeliveryStatus.Sent, 4, "portal-4"), (delivery.Channel, delivery.Status, delivery.Attempts, delivery.ProviderMessageId));
        Assert.Null(delivery.LastError);

        // Delivered means done: later rounds never send it again.
        app.Clock.Advance(TimeSpan.FromDays(1));
        await dispatcher.DrainAsync();
        Assert.Equal(4, portal.Requests.Count);
    }

    [Fact]
    public async Task A_message_that_always_fails_is_parked_with_its_last_error_and_an_administrator_sends_it_again()
    {
        await using var portal = await FakeWebhook.StartAsync();
        var down = true;
        portal.StatusFor = _ => down ? 503 : 200;
        await using var instance = app.Instance(portal, maxAttempts: 3);
        await instance.SettleEarlierMessagesAsync();
        var code = await ReceiveAsync();
        var message = await instance.MessageAsync(code, OutboxTopics.DossierReceived);
        var dispatcher = instance.Dispatcher();

        for (var round = 0; round < 3; round++)
        {
            await dispatcher.DispatchOnceAsync();
            app.Clock.Advance(TimeSpan.FromHours(1));
        }
        var parked = await instance.MessageAsync(code, OutboxTopics.DossierReceived);
        Assert.Equal((OutboxStatus.Parked, 3), (parked.Status, parked.Attempts));
        Assert.Contains("dvcqg", parked.LastError, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", parked.LastError, StringComparison.Ordinal);
        Assert.Equal(DeliveryStatus.Parked, Assert.Single(await instance.DeliveriesAsync(message.Id)).Status);
        app.Clock.Advance(TimeSpan.FromDays(3));
        await dispatcher.DrainAsync();
        Assert.Equal(3, portal.Requests.Count);

        // The administrator sees it on the notifications page, with its error and a "Gửi lại" button, and presses it.
        using var admin = await app.ClientFor("admin@demo.motcua.vn");
        var page = await admin.GetStringAsync("/can-bo/quan-tri/thong-bao?trang-thai=Parked");
        Assert.Contains($"#{message.Id}", page, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", page, StringComparison.Ordinal);
        Assert.Contains($"name=\"Input.Id\" value=\"{message.Id}\"", page, StringComparison.Ordinal);
        Assert.Contains("Gửi lại", page, StringComparison.Ordinal);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = await admin.PostAsync("/can-bo/quan-tri/thong-bao?trang-thai=Parked", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "resend", ["Input.Id"] = message.Id.ToString(CultureInfo.InvariantCulture),
        }));
        Assert.True(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{(int)post.StatusCode}");
        var queued = await instance.MessageAsync(code, OutboxTopics.DossierReceived);
        Assert.Equal((OutboxStatus.Pending, 0), (queued.Status, queued.Attempts));

        down = false;
        await dispatcher.DrainAsync();
        Assert.Equal(4, portal.Requests.Count);
        Assert.Equal(OutboxStatus.Delivered, (await instance.MessageAsync(code, OutboxTopics.DossierReceived)).Status);
        var delivery = Assert.Single(await instance.DeliveriesAsync(message.Id));
        Assert.Equal((DeliveryStatus.Sent, 4), (delivery.Status, delivery.Attempts));

        // The API refuses to resend what was delivered, and says so with a stable code.
        await (await admin.PostAsync($"/api/v1/notifications/messages/{message.Id}/resend", null))
            .Problem(HttpStatusCode.Conflict, "notification-already-delivered");

        // Statistics count the delivery by channel and status.
        var from = Uri.EscapeDataString(message.CreatedAt.AddSeconds(-1).ToString("O", CultureInfo.InvariantCulture));
        var to = Uri.EscapeDataString(app.Clock.GetUtcNow().AddDays(1).ToString("O", CultureInfo.InvariantCulture));
        var counts = await admin.Get($"/api/v1/notifications/statistics?from={from}&to={to}");
        Assert.Contains(counts.EnumerateArray(), c => c.Str("channel") == "dvcqg" && c.GetProperty("status").ToString() == "Sent" && c.GetProperty("deliveries").GetInt32() >= 1);
    }

    [Fact]
    public async Task Two_app_instances_dispatching_at_once_deliver_each_message_exactly_once()
    {
        await using var portal = await FakeWebhook.StartAsync();
        portal.Delay = TimeSpan.FromMilliseconds(20);
        await using var one = app.Instance(portal, batchSize: 2);
        await using var two = app.Instance(portal, batchSize: 2);
        await one.SettleEarlierMessagesAsync();
        var codes = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            codes.Add(await ReceiveAsync());
        }

        await Task.WhenAll(Task.Run(() => one.Dispatcher().DrainAsync()), Task.Run(() => two.Dispatcher().DrainAsync()));

        var events = portal.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.Equal(codes.Order(), events.Select(e => e.Str("dossierCode")).Order());
        Assert.Equal(12, events.Select(e => e.Str("eventId")).Distinct().Count());
        foreach (var code in codes)
        {
            var message = await one.MessageAsync(code, OutboxTopics.DossierReceived);
            Assert.Equal(OutboxStatus.Delivered, message.Status);
            Assert.Equal((DeliveryStatus.Sent, 1), Assert.Single(await two.DeliveriesAsync(message.Id)) is var d ? (d.Status, d.Attempts) : default);
        }
    }

    [Fact]
    public async Task A_message_claimed_by_a_dispatcher_that_died_is_delivered_once_by_another_after_the_lease()
    {
        await using var portal = await FakeWebhook.StartAsync();
        await using var crashed = app.Instance(portal, leaseSeconds: 60);
        await using var survivor = app.Instance(portal, leaseSeconds: 60);
        await crashed.SettleEarlierMessagesAsync();
        var code = await ReceiveAsync();
        var message = await survivor.MessageAsync(code, OutboxTopics.DossierReceived);

        // The first dispatcher claims the message and dies before sending anything.
        var claimed = await crashed.Dispatcher().ClaimAsync("crashed-process#1", default);
        Assert.Contains(message.Id, claimed);

        Assert.Equal(0, (await survivor.Dispatcher().DispatchOnceAsync()).Claimed);
        app.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, (await survivor.Dispatcher().DispatchOnceAsync()).Claimed);
        Assert.Empty(portal.Requests);

        app.Clock.Advance(TimeSpan.FromSeconds(2));
        await survivor.Dispatcher().DrainAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await survivor.Dispatcher().DrainAsync();
        await crashed.Dispatcher().DrainAsync();

        var received = Assert.Single(portal.Requests);
        Assert.Equal($"motcua-{message.Id}-dvcqg", received.EventId);
        Assert.Equal(OutboxStatus.Delivered, (await survivor.MessageAsync(code, OutboxTopics.DossierReceived)).Status);
    }

    private static string Iso(DateTimeOffset utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.') + "+00:00";
}

public sealed class NotificationDispatchOnSqlite(SqliteApp app) : NotificationDispatchTests<SqliteApp>(app);

public sealed class NotificationDispatchOnPostgres(PostgresApp app) : NotificationDispatchTests<PostgresApp>(app);
