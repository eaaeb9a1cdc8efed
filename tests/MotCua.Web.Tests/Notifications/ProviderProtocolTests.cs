using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using MotCua.Web.Features.Notifications.Providers;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Notifications;

/// <summary>The exact requests of the SMS gateway (eSMS protocol) and Zalo ZNS, against fakes of them on loopback.</summary>
public sealed class ProviderProtocolTests : IDisposable
{
    private readonly FakeGateway sms = new("/MainService.svc/json/SendMultipleMessage_V4_post_json/");
    private readonly FakeGateway zns = new("/message/template");
    private readonly HttpClient http = new();

    private EsmsSmsClient Sms(bool unicode = false, int maxLength = 459) => new(http, Options.Create(new SmsGatewayOptions
    {
        Url = sms.Url + "/MainService.svc/json/SendMultipleMessage_V4_post_json/",
        ApiKey = "api-key", SecretKey = "secret-key", Brandname = "DONGNAI.GOV", Unicode = unicode, MaxLength = maxLength,
    }));

    private ZnsClient Zns() => new(http, Options.Create(new ZnsOptions { Url = zns.Url + "/message/template", AccessToken = "zns-token" }));

    [Fact]
    public async Task An_sms_is_posted_in_the_gateways_format_without_diacritics_with_the_idempotency_key()
    {
        sms.Respond = (_, _) => Results.Json(new { CodeResult = "100", CountRegenerate = 0, SMSID = "a1b2c3" });

        var result = await Sms().SendAsync("0912 345 678", "Hồ sơ 000.00.19.H19-261005-0001 đã có kết quả.", "msg-42-sms", default);

        Assert.Equal(ProviderResult.Ok("a1b2c3"), result);
        var body = Assert.Single(sms.Calls).Body;
        Assert.Equal("api-key", body.GetProperty("ApiKey").GetString());
        Assert.Equal("secret-key", body.GetProperty("SecretKey").GetString());
        Assert.Equal("84912345678", body.GetProperty("Phone").GetString());
        Assert.Equal("Ho so 000.00.19.H19-261005-0001 da co ket qua.", body.GetProperty("Content").GetString());
        Assert.Equal("DONGNAI.GOV", body.GetProperty("Brandname").GetString());
        Assert.Equal("2", body.GetProperty("SmsType").GetString());
        Assert.Equal(0, body.GetProperty("IsUnicode").GetInt32());
        Assert.Equal("msg-42-sms", body.GetProperty("RequestId").GetString());
    }

    [Fact]
    public async Task A_long_sms_is_cut_to_the_configured_length_and_unicode_kept_when_asked()
    {
        sms.Respond = (_, _) => Results.Json(new { CodeResult = "100", SMSID = "x" });

        await Sms(unicode: true, maxLength: 20).SendAsync("0912345678", "Hồ sơ của ông/bà đã được tiếp nhận lúc 08:30", "k", default);

        var content = Assert.Single(sms.Calls).Body.GetProperty("Content").GetString();
        Assert.Equal("Hồ sơ của ông/bà ...", content);
        Assert.Equal(20, content!.Length);
    }

    [Theory]
    [InlineData(500, null, true)]
    [InlineData(200, "99", true)]
    [InlineData(200, "101", false)]
    [InlineData(200, "104", false)]
    public async Task A_refused_sms_says_whether_a_retry_may_help(int status, string? code, bool retryable)
    {
        sms.Respond = (_, _) => status == 200 ? Results.Json(new { CodeResult = code, ErrorMessage = "refused" }) : Results.StatusCode(status);

        var result = await Sms().SendAsync("0912345678", "x", "k", default);

        Assert.False(result.Accepted);
        Assert.Equal(retryable, result.Retryable);
    }

    [Fact]
    public async Task An_sms_to_a_number_that_is_not_vietnamese_is_not_sent()
    {
        var result = await Sms().SendAsync("+1 202 555 0123", "x", "k", default);

        Assert.False(result.Accepted);
        Assert.False(result.Retryable);
        Assert.Empty(sms.Calls);
    }

    [Fact]
    public async Task A_zns_message_is_posted_with_the_access_token_the_84_phone_and_the_tracking_id()
    {
        zns.Respond = (_, _) => Results.Json(new { error = 0, message = "Success", data = new { msg_id = "zns-778", sent_time = "1760000000000" } });

        var result = await Zns().SendAsync("+84 912.345.678", "231456", new Dictionary<string, string>
        {
            ["ma_ho_so"] = "000.00.19.H19-261005-0001",
            ["ngay_hen_tra"] = "19/10/2026",
        }, "msg-42-zns", default);

        Assert.Equal(ProviderResult.Ok("zns-778"), result);
        var call = Assert.Single(zns.Calls);
        Assert.Equal("zns-token", call.Headers["access_token"]);
        Assert.Equal("84912345678", call.Body.GetProperty("phone").GetString());
        Assert.Equal("231456", call.Body.GetProperty("template_id").GetString());
        Assert.Equal("000.00.19.H19-261005-0001", call.Body.GetProperty("template_data").GetProperty("ma_ho_so").GetString());
        Assert.Equal("19/10/2026", call.Body.GetProperty("template_data").GetProperty("ngay_hen_tra").GetString());
        Assert.Equal("msg-42-zns", call.Body.GetProperty("tracking_id").GetString());
    }

    [Theory]
    [InlineData(503, 0, true)]
    [InlineData(200, -124, false)]
    [InlineData(200, -118, false)]
    public async Task A_refused_zns_message_says_whether_a_retry_may_help(int status, int error, bool retryable)
    {
        zns.Respond = (_, _) => status == 200 ? Results.Json(new { error, message = "refused" }) : Results.StatusCode(status);

        var result = await Zns().SendAsync("0912345678", "231456", new Dictionary<string, string>(), "t", default);

        Assert.False(result.Accepted);
        Assert.Equal(retryable, result.Retryable);
    }

    public void Dispose()
    {
        http.Dispose();
        sms.DisposeAsync().AsTask().GetAwaiter().GetResult();
        zns.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
