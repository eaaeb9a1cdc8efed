using System.Globalization;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Notifications.Integration;

/// <summary>
/// X-MotCua-Signature = lower-case hex HMAC-SHA256(secret, "&lt;timestamp&gt;.&lt;body&gt;") with X-MotCua-Timestamp in Unix
/// seconds: the receiver checks the body was not changed and refuses old timestamps, so a captured call cannot be replayed
/// later (docs/integration-webhook.md).
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-MotCua-Timestamp";
    public const string SignatureHeader = "X-MotCua-Signature";
    public const string EventIdHeader = "X-MotCua-Event-Id";

    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>The same scheme as every signed call between MotCua and the systems around it.</summary>
    public static string Sign(string secret, string timestamp, string body) => Signatures.Hmac(secret, timestamp, body);

    /// <summary>Constant-time check, for receivers written in .NET (and the tests).</summary>
    public static bool Verify(string secret, string timestamp, string body, string signature) =>
        Signatures.Matches(Sign(secret, timestamp, body), signature.Trim().ToLowerInvariant());
}
