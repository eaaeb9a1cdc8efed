using System.Security.Cryptography;
using System.Text;

namespace MotCua.Web.Infrastructure;

/// <summary>Signatures of calls between MotCua and the systems around it, compared in constant time.</summary>
public static class Signatures
{
    /// <summary>Zalo OA: "mac=" + hex SHA-256 of app id, raw body, the event's timestamp and the OA secret key, concatenated.</summary>
    public static string Zalo(string appId, string body, string timestamp, string oaSecretKey) =>
        "mac=" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(appId + body + timestamp + oaSecretKey)));

    /// <summary>The SMS keyword gateway (and MotCua's own webhooks): hex HMAC-SHA256 of "timestamp.body" with the shared secret.</summary>
    public static string Hmac(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));

    /// <summary>
    /// The integration API: hex HMAC-SHA256 of the timestamp, method, path with query, and body, one a line — the method
    /// and path are signed so that a signature made for one call cannot be replayed on another.
    /// </summary>
    public static string Request(string secret, string timestamp, string method, string pathAndQuery, string body) =>
        Hmac(secret, timestamp, method.ToUpperInvariant() + "\n" + pathAndQuery + "\n" + body);

    /// <summary>
    /// A Unix timestamp (seconds, or milliseconds as Zalo sends it) within the allowed skew of now: an older call counts as
    /// a replay, whatever its signature.
    /// </summary>
    public static bool IsFresh(string? timestamp, DateTimeOffset now, int maxSkewSeconds, bool milliseconds = false) =>
        long.TryParse(timestamp, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
        && Math.Abs((milliseconds ? now.ToUnixTimeMilliseconds() : now.ToUnixTimeSeconds()) - value) <= (milliseconds ? maxSkewSeconds * 1000L : maxSkewSeconds);

    public static bool Matches(string expected, string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given.Trim()));
}
