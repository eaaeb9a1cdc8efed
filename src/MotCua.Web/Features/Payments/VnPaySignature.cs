using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace MotCua.Web.Features.Payments;

/// <summary>
/// The checksum of VNPay v2.1.0: HMAC-SHA512 with the merchant's secret over the query it signs — the non-empty vnp_
/// fields sorted by name (ordinal), each name and value URL-encoded (space as '+'), joined with '&amp;' — leaving out
/// vnp_SecureHash and vnp_SecureHashType. The same rule signs the payment URL, the IPN and the return.
/// </summary>
public static class VnPaySignature
{
    public const string HashField = "vnp_SecureHash";
    public const string HashTypeField = "vnp_SecureHashType";

    public static string SignedData(IEnumerable<KeyValuePair<string, string?>> fields) =>
        string.Join('&', fields
            .Where(f => f.Key.StartsWith("vnp_", StringComparison.Ordinal) && f.Key != HashField && f.Key != HashTypeField && !string.IsNullOrEmpty(f.Value))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => WebUtility.UrlEncode(f.Key) + "=" + WebUtility.UrlEncode(f.Value)));

    public static string Hash(string secret, string data) =>
        Convert.ToHexStringLower(HMACSHA512.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(data)));

    /// <summary>The full URL: base, signed query, then the checksum.</summary>
    public static string SignedUrl(string baseUrl, IEnumerable<KeyValuePair<string, string?>> fields, string secret)
    {
        var data = SignedData(fields);
        return $"{baseUrl}?{data}&{HashField}={Hash(secret, data)}";
    }

    /// <summary>Does the received checksum match the received fields? Compared in constant time, case-insensitively.</summary>
    public static bool Verify(IEnumerable<KeyValuePair<string, string?>> fields, string? secret)
    {
        var list = fields.ToList();
        var received = list.FirstOrDefault(f => f.Key == HashField).Value;
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(received) || received.Length != 128)
        {
            return false;
        }
        var expected = Encoding.ASCII.GetBytes(Hash(secret, SignedData(list)));
        var actual = Encoding.ASCII.GetBytes(received.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    public static IEnumerable<KeyValuePair<string, string?>> Fields(IQueryCollection query) =>
        query.Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()));
}
