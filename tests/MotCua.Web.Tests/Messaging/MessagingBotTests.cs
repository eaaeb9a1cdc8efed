using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MotCua.Web.Features.Messaging;
using MotCua.Web.Infrastructure;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Messaging;

/// <summary>"Where is my dossier?" by SMS keyword and by Zalo OA chat: signed calls only, no personal data, vi and en.</summary>
public abstract class MessagingBotTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MessagingApp
{
    private const string SmsUrl = "/api/v1/messaging/sms/inbound";
    private const string ZaloUrl = "/api/v1/messaging/zalo/webhook";

    private async Task<string> ReceivedDossierAsync(DateTimeOffset at, string phone)
    {
        app.Clock.Set(at);
        return (await (await app.ClientFor(Reception)).Intake(JudicialRecordIntake(phone: phone))).Str("code");
    }

    private async Task<HttpResponseMessage> SmsAsync(string from, string text, string? secret = null, long? timestamp = null)
    {
        var body = JsonSerializer.Serialize(new { from, text, messageId = Guid.NewGuid().ToString("N") });
        var ts = (timestamp ?? app.Clock.GetUtcNow().ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, SmsUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-MotCua-Timestamp", ts);
        request.Headers.Add("X-MotCua-Signature", Signatures.Hmac(secret ?? MessagingApp.SmsSecret, ts, body));
        using var client = app.CreateClient();
        return await client.SendAsync(request);
    }

    private async Task<string> SmsReplyAsync(string from, string text)
    {
        var reply = await (await SmsAsync(from, text)).Json(HttpStatusCode.OK);
        Assert.Equal(from, reply.Str("to"));
        return reply.Str("text");
    }

    [Fact]
    public async Task An_sms_lookup_answers_status_procedure_and_due_date_without_diacritics_or_personal_data()
    {
        var code = await ReceivedDossierAsync(TestClock.Vn(2026, 3, 2, 9, 0), "0912345678");

        var text = await SmsReplyAsync("84912345678", $"tra cuu {code} 5678");

        Assert.Equal($"Ho so {code}: Da tiep nhan. Thu tuc: Cap Phieu ly lich tu phap cho cong dan Viet Nam, nguoi nuoc ngoai dang cu tru tai Viet Nam. Hen tra ket qua: 17:00 16/03/2026.", text);
        Assert.DoesNotContain("Nguyen", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("0912345678", text);
        Assert.All(text, c => Assert.True(c < 128, $"'{c}' is not plain ASCII"));
    }

    [Fact]
    public async Task A_wrong_verifier_and_an_unknown_code_get_the_same_answer()
    {
        var code = await ReceivedDossierAsync(TestClock.Vn(2026, 3, 3, 9, 0), "0912340001");
        var unknown = code[..^4] + "9999";

        var wrong = await SmsReplyAsync("0987000001", $"TRACUU {code} 1234");
        var missing = await SmsReplyAsync("0987000001", $"TRACUU {unknown} 0001");

        Assert.Equal(wrong.Replace(code, "<code>", StringComparison.Ordinal), missing.Replace(unknown, "<code>", StringComparison.Ordinal));
        Assert.StartsWith("Khong tim thay ho so", wrong, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_keywords_get_english_answers_and_a_procedure_question_gets_time_and_fees()
    {
        var code = await ReceivedDossierAsync(TestClock.Vn(2026, 3, 4, 9, 0), "0912340002");

        var lookup = await SmsReplyAsync("0987000002", $"LOOKUP {code} 0002");
        var procedures = await SmsReplyAsync("0987000002", "thu tuc ly lich tu phap");
        var help = await SmsReplyAsync("0987000002", "xin chao");

        Assert.StartsWith($"Dossier {code}: Received.", lookup, StringComparison.Ordinal);
        Assert.EndsWith("Result due: 17:00 18/03/2026.", lookup, StringComparison.Ordinal);
        Assert.Contains("(2.000488): 10 ngay lam viec; phi, le phi: ", procedures, StringComparison.Ordinal);
        Assert.StartsWith("MotCua - Trung tam Phuc vu hanh chinh cong. Tra cuu ho so: gui TRACUU", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_or_replayed_sms_call_is_refused()
    {
        var forged = await SmsAsync("0987000003", "TRACUU", secret: "not-the-secret");
        var replayed = await SmsAsync("0987000003", "TRACUU", timestamp: app.Clock.GetUtcNow().AddMinutes(-10).ToUnixTimeSeconds());

        await forged.Problem(HttpStatusCode.Unauthorized, "webhook-signature-invalid");
        await replayed.Problem(HttpStatusCode.Unauthorized, "webhook-signature-invalid");
    }

    [Fact]
    public async Task A_sender_over_the_limit_is_turned_away_and_others_are_not()
    {
        for (var i = 0; i < MessagingApp.PerSenderPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SmsAsync("0987000004", "TRACUU 000.00.19.H19-260305-0001 " + (1000 + i))).StatusCode);
        }

        await (await SmsAsync("0987000004", "TRACUU 000.00.19.H19-260305-0001 2000")).Problem(HttpStatusCode.TooManyRequests, "too-many-requests");
        Assert.Equal(HttpStatusCode.OK, (await SmsAsync("0987000005", "THUTUC khai sinh")).StatusCode);
    }

    private async Task<HttpResponseMessage> ZaloAsync(string sender, string eventName, string text, string? secret = null)
    {
        var timestamp = app.Clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var body = JsonSerializer.Serialize(new
        {
            app_id = MessagingApp.ZaloAppId,
            user_id_by_app = "55123",
            event_name = eventName,
            timestamp,
            sender = new { id = sender },
            recipient = new { id = "1946274839201" },
            message = new { text, msg_id = Guid.NewGuid().ToString("N") },
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, ZaloUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-ZEvent-Signature", Signatures.Zalo(MessagingApp.ZaloAppId, body, timestamp, secret ?? MessagingApp.ZaloSecret));
        using var client = app.CreateClient();
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_zalo_follower_is_answered_through_the_oa_api_in_vietnamese_with_diacritics()
    {
        var code = await ReceivedDossierAsync(TestClock.Vn(2026, 3, 5, 9, 0), "0912340006");
        app.Zalo.Calls.Clear();

        var response = await ZaloAsync("2468013579", "user_send_text", $"Tra cứu https://motcua.dongnai.gov.vn/tra-cuu?ma={code} 0006");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(app.Zalo.Calls);
        Assert.Equal(MessagingApp.ZaloToken, call.Headers["access_token"]);
        Assert.Equal("2468013579", call.Body.GetProperty("recipient").GetProperty("user_id").GetString());
        Assert.Equal($"Hồ sơ {code}: Đã tiếp nhận. Thủ tục: Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam. Hẹn trả kết quả: 17:00 19/03/2026.",
            call.Body.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_forged_zalo_event_is_refused_and_other_events_are_not_answered()
    {
        app.Zalo.Calls.Clear();

        var forged = await ZaloAsync("2468013580", "user_send_text", "TRACUU", secret: "guessed");
        var follow = await ZaloAsync("2468013580", "follow", "");

        await forged.Problem(HttpStatusCode.Unauthorized, "webhook-signature-invalid");
        Assert.Equal(HttpStatusCode.OK, follow.StatusCode);
        Assert.Empty(app.Zalo.Calls);
    }
}

public sealed class MessagingBotOnSqlite(SqliteMessagingApp app) : MessagingBotTests<SqliteMessagingApp>(app);

public sealed class MessagingBotOnPostgres(PostgresMessagingApp app) : MessagingBotTests<PostgresMessagingApp>(app);

/// <summary>Without configuration a channel is off and says so, rather than answering unsigned calls.</summary>
public sealed class MessagingOffTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("/api/v1/messaging/sms/inbound")]
    [InlineData("/api/v1/messaging/zalo/webhook")]
    public async Task An_unconfigured_channel_answers_503_channel_off(string url)
    {
        using var client = app.CreateClient();
        var response = await client.PostAsJsonAsync(url, new { from = "0987000009", text = "TRACUU" });
        await response.Problem(HttpStatusCode.ServiceUnavailable, "channel-off");
    }
}
