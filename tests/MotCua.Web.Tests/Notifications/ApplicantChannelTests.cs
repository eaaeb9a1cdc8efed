using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using MotCua.Web.Features.Outbox;
using MotCua.Web.Tests.Desk;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Notifications;

/// <summary>
/// Notices reach the applicant on the channels they chose at the counter, through fakes of the SMS gateway and of Zalo
/// ZNS on loopback, driven by the real dispatcher over the real database.
/// </summary>
public abstract class ApplicantChannelTests<TApp>(TApp app) : IClassFixture<TApp>, IDisposable where TApp : MotCuaApp
{
    private const string ReceivedTemplate = "301122";
    private readonly FakeGateway sms = new("/sms/send");
    private readonly FakeGateway zns = new("/message/template");

    private WebApplicationFactory<Program> Instance() => app.Instance().WithWebHostBuilder(b =>
    {
        b.UseSetting("Notifications:Sms:Url", sms.Url + "/sms/send");
        b.UseSetting("Notifications:Sms:ApiKey", "key");
        b.UseSetting("Notifications:Sms:SecretKey", "secret");
        b.UseSetting("Notifications:Sms:Brandname", "DONGNAI.GOV");
        b.UseSetting("Notifications:Zns:Url", zns.Url + "/message/template");
        b.UseSetting("Notifications:Zns:AccessToken", "zns-token");
        b.UseSetting($"Notifications:Zns:Templates:{OutboxTopics.DossierReceived}", ReceivedTemplate);
    });

    private async Task<string> ReceiveAsync(string phone, string[] notifyBy, string? email = null)
    {
        using var reception = await app.ClientFor(Reception);
        return (await reception.Intake(new
        {
            procedureCode = JudicialRecord,
            applicant = new { kind = "Person", fullName = "Lê Thị Kênh", phone, email },
            receivedComponents = new[] { "TP01", "TP02" },
            notifyBy,
        })).Str("code");
    }

    [Fact]
    public async Task A_receipt_goes_by_sms_and_zalo_when_both_were_chosen()
    {
        sms.Respond = (_, _) => Results.Json(new { CodeResult = "100", SMSID = "sms-1" });
        zns.Respond = (_, _) => Results.Json(new { error = 0, message = "Success", data = new { msg_id = "zns-1" } });
        await using var instance = Instance();
        await instance.SettleEarlierMessagesAsync();
        var code = await ReceiveAsync("0913 000 111", ["Sms", "Zalo"]);

        await instance.Dispatcher().DrainAsync();

        var text = Assert.Single(sms.Calls).Body;
        Assert.Equal("84913000111", text.GetProperty("Phone").GetString());
        Assert.StartsWith($"Bo phan Mot cua da tiep nhan ho so {code}", text.GetProperty("Content").GetString(), StringComparison.Ordinal);
        var zalo = Assert.Single(zns.Calls).Body;
        Assert.Equal(ReceivedTemplate, zalo.GetProperty("template_id").GetString());
        Assert.Equal(code, zalo.GetProperty("template_data").GetProperty("ma_ho_so").GetString());
        Assert.Equal(text.GetProperty("RequestId").GetString()!.Replace("-sms", "", StringComparison.Ordinal),
            zalo.GetProperty("tracking_id").GetString()!.Replace("-zalo", "", StringComparison.Ordinal));
        var message = await instance.MessageAsync(code, OutboxTopics.DossierReceived);
        var deliveries = await instance.DeliveriesAsync(message.Id);
        Assert.Equal(["sms-1", "zns-1"], deliveries.OrderBy(d => d.Channel).Select(d => d.ProviderMessageId ?? "").ToArray());
    }

    [Fact]
    public async Task Only_the_chosen_channel_is_used_and_zalo_only_for_events_with_an_approved_template()
    {
        sms.Respond = (_, _) => Results.Json(new { CodeResult = "100", SMSID = "sms-2" });
        zns.Respond = (_, _) => Results.Json(new { error = 0, message = "Success", data = new { msg_id = "zns-2" } });
        await using var instance = Instance();
        await instance.SettleEarlierMessagesAsync();
        var code = await ReceiveAsync("0913000222", ["Zalo"]);
        using (var specialist = await app.ClientFor(PoliceSpecialist))
        using (var reception = await app.ClientFor(Reception))
        {
            await reception.ActOk(code, "transfer");
            await specialist.ActOk(code, "request-supplement", new { items = new[] { "Tờ khai" }, reason = "Chưa ký" });
        }

        await instance.Dispatcher().DrainAsync();

        Assert.Empty(sms.Calls);
        // The receipt has a ZNS template; the supplement request has none configured, so nothing goes to Zalo for it.
        Assert.Single(zns.Calls);
        var supplement = await instance.MessageAsync(code, OutboxTopics.SupplementRequired);
        Assert.Empty(await instance.DeliveriesAsync(supplement.Id));
    }

    [Fact]
    public async Task An_sms_gateway_failing_twice_delivers_once_with_the_same_request_id()
    {
        sms.Respond = (n, _) => n <= 2 ? Results.StatusCode(500) : Results.Json(new { CodeResult = "100", SMSID = "sms-3" });
        await using var instance = Instance();
        await instance.SettleEarlierMessagesAsync();
        var code = await ReceiveAsync("0913000333", ["Sms"]);

        for (var round = 0; round < 3; round++)
        {
            await instance.Dispatcher().DrainAsync();
            app.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        Assert.Equal(3, sms.Calls.Count);
        Assert.Single(sms.Calls.Select(c => c.Body.GetProperty("RequestId").GetString()).Distinct());
        var delivery = Assert.Single(await instance.DeliveriesAsync((await instance.MessageAsync(code, OutboxTopics.DossierReceived)).Id));
        Assert.Equal("sms-3", delivery.ProviderMessageId);
    }

    [Fact]
    public async Task A_message_the_gateway_refuses_for_good_is_parked_at_once_not_retried_for_hours()
    {
        // eSMS 104: the brand name is not registered — no retry will change that; an operator must.
        sms.Respond = (_, _) => Results.Json(new { CodeResult = "104", ErrorMessage = "Brandname not registered" });
        await using var instance = Instance();
        await instance.SettleEarlierMessagesAsync();
        var code = await ReceiveAsync("0913000444", ["Sms"]);

        await instance.Dispatcher().DrainAsync();

        var message = await instance.MessageAsync(code, OutboxTopics.DossierReceived);
        Assert.Equal(OutboxStatus.Parked, message.Status);
        Assert.Equal(1, message.Attempts);
        Assert.Contains("CodeResult 104", message.LastError, StringComparison.Ordinal);
        Assert.Single(sms.Calls);
    }

    [Fact]
    public async Task An_administrator_rewords_the_sms_receipt_placeholders_are_checked_and_the_next_notice_uses_it()
    {
        const string url = "/can-bo/quan-tri/mau-thong-bao?chu-de=dossier.received&kenh=sms&ngon-ngu=vi";
        var admin = await app.PagesFor("admin@demo.motcua.vn");
        var today = MotCua.Domain.VietnamTime.LocalDate(app.Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Dictionary<string, string> Fields(string text, string intent) => new()
        {
            ["Input.Topic"] = OutboxTopics.DossierReceived, ["Input.Channel"] = "sms", ["Input.Language"] = "vi",
            ["Input.EffectiveFrom"] = today, ["Input.Version"] = intent == "reset" ? today : "",
            ["Input.Subject"] = "Tiếp nhận {code}", ["Input.Text"] = text, ["Input.Html"] = "", ["Input.Intent"] = intent,
        };

        var refused = await admin.PostForm(url, "template", Fields("Ho so {code} hen tra {ngayHen}", "save"));
        var refusedHtml = System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        var preview = await admin.PostForm(url, "template", Fields("Ho so {code} cua {procedure}", "preview"));
        var saved = await admin.PostForm(url, "template", Fields("MotCua: da nhan ho so {code}, hen tra {dueDate}. Tra cuu: {lookupLink}", "save"));

        Assert.Contains("Chỗ điền không có trong dữ liệu sự kiện: {ngayHen}", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("Ho so 000.00.19.H19-261005-0001 cua Cấp Phiếu lý lịch tư pháp", System.Net.WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);

        sms.Respond = (_, _) => Results.Json(new { CodeResult = "100", SMSID = "sms-5" });
        await using var instance = Instance();
        await instance.SettleEarlierMessagesAsync();
        var code = await ReceiveAsync("0913000555", ["Sms"]);
        await instance.Dispatcher().DrainAsync();

        Assert.StartsWith($"MotCua: da nhan ho so {code}, hen tra ", Assert.Single(sms.Calls).Body.GetProperty("Content").GetString(), StringComparison.Ordinal);
        var reset = await admin.PostForm(url, "template", Fields("x", "reset"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, reset.StatusCode);
        var (_, page) = await admin.Page(url);
        Assert.Contains("Đang dùng mẫu mặc định.", page, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        sms.DisposeAsync().AsTask().GetAwaiter().GetResult();
        zns.DisposeAsync().AsTask().GetAwaiter().GetResult();
        GC.SuppressFinalize(this);
    }
}

public sealed class ApplicantChannelsOnSqlite(SqliteApp app) : ApplicantChannelTests<SqliteApp>(app);

public sealed class ApplicantChannelsOnPostgres(PostgresApp app) : ApplicantChannelTests<PostgresApp>(app);
