using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MotCua.Domain.Messaging;
using MotCua.Domain.Text;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Messaging;

/// <summary>
/// The SMS keyword gateway (MO/MT): it posts each message sent to the short code and sends back, as the MT reply, the
/// text this endpoint answers. Signed with the shared secret over "timestamp.body"; a stale timestamp counts as a replay.
/// </summary>
public static class SmsInbound
{
    public sealed record Inbound(string? From, string? Text, string? MessageId);

    public sealed record Reply(string To, string Text, string? InReplyTo);

    public static void MapSmsInbound(this IEndpointRouteBuilder api) =>
        api.MapPost("/messaging/sms/inbound", Handle)
            .WithTags("Messaging")
            .WithSummary("A message to the SMS keyword number; answers the MT reply (TRACUU, THUTUC, help).")
            .AllowAnonymous()
            .DisableAntiforgery();

    private static async Task<IResult> Handle(HttpRequest request, IOptions<MessagingOptions> options, SenderLimiter limiter, BotAnswers answers,
        TimeProvider clock, Problems problems, CancellationToken ct)
    {
        var sms = options.Value.Sms;
        if (!sms.IsConfigured)
        {
            return problems.Rule(StatusCodes.Status503ServiceUnavailable, ErrorCodes.ChannelOff);
        }
        var body = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync(ct);
        var timestamp = request.Headers["X-MotCua-Timestamp"].ToString();
        if (!Signatures.IsFresh(timestamp, clock.GetUtcNow(), sms.MaxSkewSeconds)
            || !Signatures.Matches(Signatures.Hmac(sms.Secret!, timestamp, body), request.Headers["X-MotCua-Signature"]))
        {
            return problems.Rule(StatusCodes.Status401Unauthorized, ErrorCodes.WebhookSignatureInvalid);
        }
        Inbound? message;
        try
        {
            message = JsonSerializer.Deserialize<Inbound>(body, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            message = null;
        }
        if (message?.From is not { Length: > 0 } from)
        {
            return problems.Rule(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest);
        }
        if (!limiter.TryAcquire("sms", from))
        {
            return problems.Rule(StatusCodes.Status429TooManyRequests, ErrorCodes.TooManyRequests);
        }
        var answer = await answers.AnswerAsync(BotCommand.Parse(message.Text), ct);
        return TypedResults.Ok(new Reply(from, ForSms(answer, sms), message.MessageId));
    }

    /// <summary>Brand-name SMS routes take no diacritics and bill by segment: fold and cut to the configured length.</summary>
    public static string ForSms(string text, MessagingOptions.SmsOptions sms)
    {
        var result = sms.AsciiOnly ? VietnameseText.Strip(text) : text;
        var ellipsis = sms.AsciiOnly ? "..." : "…";
        return result.Length <= sms.MaxLength ? result : result[..(sms.MaxLength - ellipsis.Length)] + ellipsis;
    }

}
