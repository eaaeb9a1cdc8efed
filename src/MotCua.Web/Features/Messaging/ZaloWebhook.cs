using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MotCua.Domain.Messaging;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Messaging;

/// <summary>
/// The Zalo Official Account webhook. Zalo signs every event with X-ZEvent-Signature ("mac=" + SHA-256 of app id, raw
/// body, the event's timestamp and the OA secret key); a text a follower sends ("user_send_text") is answered through
/// the OA API. Other events (follow, seen, …) are acknowledged and ignored. Zalo retries a call that does not answer
/// 200, so a limited sender is acknowledged without a reply rather than refused.
/// </summary>
public static class ZaloWebhook
{
    public static void MapZaloWebhook(this IEndpointRouteBuilder api) =>
        api.MapPost("/messaging/zalo/webhook", Handle)
            .WithTags("Messaging")
            .WithSummary("Zalo OA events; a follower's text is answered (TRACUU, THUTUC, help).")
            .AllowAnonymous()
            .DisableAntiforgery();

    private static async Task<IResult> Handle(HttpRequest request, IOptions<MessagingOptions> options, SenderLimiter limiter, BotAnswers answers,
        ZaloOaClient zalo, TimeProvider clock, Problems problems, ILoggerFactory logs, CancellationToken ct)
    {
        var config = options.Value.Zalo;
        if (!config.IsConfigured)
        {
            return problems.Rule(StatusCodes.Status503ServiceUnavailable, ErrorCodes.ChannelOff);
        }
        var body = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync(ct);
        var zaloEvent = Parse(body);
        if (zaloEvent is null
            || !Signatures.IsFresh(zaloEvent.Timestamp, clock.GetUtcNow(), config.MaxSkewSeconds, milliseconds: true)
            || !Signatures.Matches(Signatures.Zalo(config.AppId!, body, zaloEvent.Timestamp, config.OaSecretKey!), request.Headers["X-ZEvent-Signature"]))
        {
            return problems.Rule(StatusCodes.Status401Unauthorized, ErrorCodes.WebhookSignatureInvalid);
        }
        if (zaloEvent.EventName != "user_send_text" || zaloEvent.SenderId is not { Length: > 0 } sender)
        {
            return TypedResults.Ok();
        }
        if (!limiter.TryAcquire("zalo", sender))
        {
            logs.CreateLogger(typeof(ZaloWebhook)).LogWarning("Zalo sender {Sender} over the per-minute limit: not answered", sender);
            return TypedResults.Ok();
        }
        var answer = await answers.AnswerAsync(BotCommand.Parse(zaloEvent.Text), ct);
        await zalo.SendTextAsync(sender, answer, ct);
        return TypedResults.Ok();
    }

    private sealed record Event(string EventName, string Timestamp, string? SenderId, string? Text);

    private static Event? Parse(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("timestamp", out var ts))
            {
                return null;
            }
            // Zalo sends the timestamp (milliseconds) as a string; accept a number too.
            var timestamp = ts.ValueKind == JsonValueKind.Number ? ts.GetRawText() : ts.GetString() ?? "";
            var name = root.TryGetProperty("event_name", out var e) ? e.GetString() ?? "" : "";
            var sender = root.TryGetProperty("sender", out var s) && s.TryGetProperty("id", out var id) ? id.GetString() : null;
            var text = root.TryGetProperty("message", out var m) && m.TryGetProperty("text", out var t) ? t.GetString() : null;
            return new Event(name, timestamp, sender, text);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
