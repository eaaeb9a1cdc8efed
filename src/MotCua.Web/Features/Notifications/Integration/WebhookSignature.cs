using System.Globalization;
using System.Security.Cryptography;
using System.Text;

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

    public static string Sign(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));

    /// <summary>Constant-time check, for receivers written in .NET (and the tests).</summary>
    public static bool Verify(string secret, string timestamp, string body, string signature)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        var given = Encoding.ASCII.GetBytes(signature.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
