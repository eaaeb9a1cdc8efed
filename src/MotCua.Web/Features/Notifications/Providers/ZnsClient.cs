using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using MotCua.Domain.Text;

namespace MotCua.Web.Features.Notifications.Providers;

/// <summary>Configuration of Zalo ZNS (section "Notifications:Zns"). Without an access token ZNS is off.</summary>
public sealed class ZnsOptions
{
    public string Url { get; set; } = "https://business.openapi.zalo.me/message/template";
    public string? AccessToken { get; set; }
    /// <summary>ZNS template id per event topic (each template is approved by Zalo with its own parameters).</summary>
    public Dictionary<string, string> Templates { get; set; } = [];
    public bool IsConfigured => !string.IsNullOrWhiteSpace(AccessToken);
}

/// <summary>
/// Zalo Notification Service: POST /message/template with the access_token header and {phone (84 form), template_id,
/// template_data, tracking_id}; "error" 0 means sent, with data.msg_id. The tracking_id is the notification's
/// idempotency key, and comes back in Zalo's delivery callbacks.
/// </summary>
public sealed class ZnsClient(HttpClient http, IOptions<ZnsOptions> options)
{
    public bool IsConfigured => options.Value.IsConfigured;

    public string? TemplateFor(string topic) => options.Value.Templates.GetValueOrDefault(topic);

    public async Task<ProviderResult> SendAsync(string phone, string templateId, IReadOnlyDictionary<string, string> data, string trackingId,
        CancellationToken ct)
    {
        var o = options.Value;
        if (PhoneNumbers.ToInternational(phone) is not { } to)
        {
            return ProviderResult.Failed($"not a Vietnamese phone number: {phone}", retryable: false);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, o.Url)
        {
            Content = JsonContent.Create(new ZnsRequest(to, templateId, data, trackingId)),
        };
        request.Headers.Add("access_token", o.AccessToken);
        try
        {
            using var response = await http.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
            {
                return ProviderResult.Failed($"HTTP {(int)response.StatusCode}", retryable: (int)response.StatusCode >= 500 || (int)response.StatusCode == 429);
            }
            var reply = await response.Content.ReadFromJsonAsync<ZnsReply>(ct);
            return reply is { Error: 0 }
                ? ProviderResult.Ok(reply.Data?.MsgId)
                // Zalo's negative codes name a refusal (bad token, template, phone without Zalo, quota): retrying the same
                // request does not change them; an operator fixes the cause and re-sends the parked message.
                : ProviderResult.Failed($"ZNS error {reply?.Error}: {reply?.Message}", retryable: false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return ProviderResult.Failed(ex.Message, retryable: true);
        }
    }

    private sealed record ZnsRequest(
        [property: System.Text.Json.Serialization.JsonPropertyName("phone")] string Phone,
        [property: System.Text.Json.Serialization.JsonPropertyName("template_id")] string TemplateId,
        [property: System.Text.Json.Serialization.JsonPropertyName("template_data")] IReadOnlyDictionary<string, string> TemplateData,
        [property: System.Text.Json.Serialization.JsonPropertyName("tracking_id")] string TrackingId);

    private sealed record ZnsReply(int Error, string? Message, ZnsData? Data);

    private sealed record ZnsData([property: System.Text.Json.Serialization.JsonPropertyName("msg_id")] string? MsgId);
}
