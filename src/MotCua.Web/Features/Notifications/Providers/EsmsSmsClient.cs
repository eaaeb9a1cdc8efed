using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using MotCua.Domain.Text;

namespace MotCua.Web.Features.Notifications.Providers;

/// <summary>Configuration of the SMS gateway (section "Notifications:Sms"). Without ApiKey and SecretKey SMS is off.</summary>
public sealed class SmsGatewayOptions
{
    /// <summary>The gateway's send endpoint (eSMS: …/MainService.svc/json/SendMultipleMessage_V4_post_json/).</summary>
    public string Url { get; set; } = "https://rest.esms.vn/MainService.svc/json/SendMultipleMessage_V4_post_json/";
    public string? ApiKey { get; set; }
    public string? SecretKey { get; set; }
    /// <summary>The registered brand name shown as the sender.</summary>
    public string Brandname { get; set; } = "MOTCUA";
    /// <summary>Brand-name routes bill Unicode messages at 70 characters a segment: the default is without diacritics.</summary>
    public bool Unicode { get; set; }
    public int MaxLength { get; set; } = 459;
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey) && !string.IsNullOrWhiteSpace(SecretKey);
}

/// <summary>
/// SMS through a brand-name gateway speaking the eSMS JSON protocol: POST {ApiKey, SecretKey, Phone, Content, Brandname,
/// SmsType "2" (customer care), IsUnicode, RequestId}; "CodeResult" "100" means accepted, with the gateway's SMSID. The
/// RequestId is the notification's idempotency key, so a retry after a lost answer is not sent twice by the gateway.
/// </summary>
public sealed class EsmsSmsClient(HttpClient http, IOptions<SmsGatewayOptions> options)
{
    private const string Accepted = "100";
    /// <summary>eSMS field names are PascalCase, as documented.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions PascalCase = new();

    public bool IsConfigured => options.Value.IsConfigured;

    /// <summary>The text as the gateway will carry it: without diacritics unless Unicode is on, cut to the length limit.</summary>
    public string Prepare(string text)
    {
        var o = options.Value;
        var result = o.Unicode ? text : VietnameseText.Strip(text);
        return result.Length <= o.MaxLength ? result : result[..(o.MaxLength - 3)] + "...";
    }

    public async Task<ProviderResult> SendAsync(string phone, string text, string requestId, CancellationToken ct)
    {
        var o = options.Value;
        if (PhoneNumbers.ToInternational(phone) is not { } to)
        {
            return ProviderResult.Failed($"not a Vietnamese phone number: {phone}", retryable: false);
        }
        var request = new EsmsRequest(o.ApiKey!, o.SecretKey!, to, Prepare(text), o.Brandname, "2", o.Unicode ? 1 : 0, requestId);
        try
        {
            using var response = await http.PostAsJsonAsync(o.Url, request, PascalCase, ct);
            if (!response.IsSuccessStatusCode)
            {
                return ProviderResult.Failed($"HTTP {(int)response.StatusCode}", retryable: (int)response.StatusCode >= 500 || (int)response.StatusCode == 429);
            }
            var reply = await response.Content.ReadFromJsonAsync<EsmsReply>(ct);
            return reply?.CodeResult == Accepted
                ? ProviderResult.Ok(reply.SmsId)
                // eSMS 99 is "unknown error" on its side: worth another try; other codes (auth, balance, brand name) are not.
                : ProviderResult.Failed($"CodeResult {reply?.CodeResult}: {reply?.ErrorMessage}", retryable: reply?.CodeResult == "99");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return ProviderResult.Failed(ex.Message, retryable: true);
        }
    }

    private sealed record EsmsRequest(string ApiKey, string SecretKey, string Phone, string Content, string Brandname, string SmsType,
        int IsUnicode, string RequestId);

    private sealed record EsmsReply(string? CodeResult, [property: JsonPropertyName("SMSID")] string? SmsId, string? ErrorMessage);
}
