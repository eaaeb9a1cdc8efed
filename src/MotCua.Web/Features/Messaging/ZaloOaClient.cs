using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace MotCua.Web.Features.Messaging;

/// <summary>
/// Replies to a follower through the Zalo OA API: POST /v3.0/oa/message/cs with the OA's access_token header and
/// {recipient: {user_id}, message: {text}}. Zalo answers HTTP 200 with error 0 on success and a non-zero error otherwise.
/// </summary>
public sealed class ZaloOaClient(HttpClient http, IOptions<MessagingOptions> options, ILogger<ZaloOaClient> log)
{
    /// <summary>Zalo caps a consultation text at 2,000 characters.</summary>
    public const int MaxText = 2000;

    public async Task<bool> SendTextAsync(string userId, string text, CancellationToken ct)
    {
        var config = options.Value.Zalo;
        using var request = new HttpRequestMessage(HttpMethod.Post, config.ApiBaseUrl.TrimEnd('/') + "/v3.0/oa/message/cs")
        {
            Content = JsonContent.Create(new { recipient = new { user_id = userId }, message = new { text = text.Length <= MaxText ? text : text[..MaxText] } }),
        };
        request.Headers.Add("access_token", config.AccessToken);
        try
        {
            using var response = await http.SendAsync(request, ct);
            var reply = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<ZaloReply>(ct) : null;
            if (reply is { Error: 0 })
            {
                return true;
            }
            log.LogWarning("Zalo OA reply to {User} refused: HTTP {Status}, error {Error} {Message}", userId, (int)response.StatusCode, reply?.Error, reply?.Message);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            log.LogWarning(ex, "Zalo OA reply to {User} failed", userId);
        }
        return false;
    }

    private sealed record ZaloReply(int Error, string? Message);
}
