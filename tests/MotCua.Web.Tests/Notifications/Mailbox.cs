using System.Text;
using System.Text.RegularExpressions;

namespace MotCua.Web.Tests.Notifications;

/// <summary>
/// Reads what the local postfix delivered to /var/mail/&lt;user&gt; (mbox). Each test mails a unique sub-address
/// (user+token@…, postfix's recipient_delimiter), so messages of other tests and runs are told apart by their To header.
/// </summary>
public static partial class Mailbox
{
    public const string User = "root";
    public const string Domain = "localhost.localdomain";

    public sealed record Mail(IReadOnlyDictionary<string, string> Headers, string Subject, string Text, string Html, string Raw);

    public static string NewAddress() => $"{User}+{Guid.NewGuid():N}@{Domain}";

    public static async Task<Mail> WaitForAsync(string to, TimeSpan timeout)
    {
        var path = $"/var/mail/{User}";
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            if (File.Exists(path))
            {
                var all = await File.ReadAllTextAsync(path);
                var found = Split(all).Where(m => m.Contains(to, StringComparison.OrdinalIgnoreCase)).Select(Parse)
                    .Where(m => m.Headers.TryGetValue("to", out var h) && h.Contains(to, StringComparison.OrdinalIgnoreCase)).ToList();
                if (found.Count > 0)
                {
                    Assert.True(found.Count == 1, $"{found.Count} messages to {to}; expected one");
                    return found[0];
                }
            }
            Assert.True(DateTime.UtcNow < until, $"No mail to {to} in {path} after {timeout.TotalSeconds} s (is postfix running? see /var/log/postfix.log)");
            await Task.Delay(100);
        }
    }

    public static int CountTo(string to)
    {
        var path = $"/var/mail/{User}";
        return File.Exists(path) ? Split(File.ReadAllText(path)).Select(Parse)
            .Count(m => m.Headers.TryGetValue("to", out var h) && h.Contains(to, StringComparison.OrdinalIgnoreCase)) : 0;
    }

    private static IEnumerable<string> Split(string mbox) =>
        MboxSeparator().Split("\n" + mbox.Replace("\r\n", "\n", StringComparison.Ordinal)).Where(s => s.Trim().Length > 0);

    private static Mail Parse(string raw)
    {
        var (headers, body) = HeadersAndBody(raw);
        var subject = DecodeWords(headers.GetValueOrDefault("subject") ?? "");
        string text = "", html = "";
        var contentType = headers.GetValueOrDefault("content-type") ?? "";
        if (Boundary().Match(contentType) is { Success: true } b)
        {
            foreach (var part in body.Split("--" + b.Groups[1].Value))
            {
                var (ph, pb) = HeadersAndBody(part.TrimStart('\n'));
                var type = ph.GetValueOrDefault("content-type") ?? "";
                var decoded = Decode(pb, ph.GetValueOrDefault("content-transfer-encoding"));
                if (type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)) text = decoded;
                if (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)) html = decoded;
            }
        }
        else
        {
            text = Decode(body, headers.GetValueOrDefault("content-transfer-encoding"));
        }
        return new Mail(headers, subject, text, html, raw);
    }

    private static (Dictionary<string, string> Headers, string Body) HeadersAndBody(string raw)
    {
        var end = raw.IndexOf("\n\n", StringComparison.Ordinal);
        var head = end < 0 ? raw : raw[..end];
        var body = end < 0 ? "" : raw[(end + 2)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in head.Split('\n'))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && last is not null)
            {
                headers[last] += " " + line.Trim();
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon)
            {
                var name = line[..colon].Trim();
                last = headers.TryAdd(name, line[(colon + 1)..].Trim()) ? name : null;
            }
        }
        return (headers, body);
    }

    private static string Decode(string body, string? encoding) => encoding?.Trim().ToLowerInvariant() switch
    {
        "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split('\n').Select(l => l.Trim()).TakeWhile(l => !l.StartsWith("--", StringComparison.Ordinal))))),
        "quoted-printable" => QuotedPrintable(body),
        _ => body,
    };

    private static string QuotedPrintable(string body)
    {
        var soft = body.Replace("=\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < soft.Length; i++)
        {
            if (soft[i] == '=' && i + 2 < soft.Length && Uri.IsHexDigit(soft[i + 1]) && Uri.IsHexDigit(soft[i + 2]))
            {
                bytes.Add(Convert.ToByte(soft.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(soft[i].ToString()));
            }
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>RFC 2047 encoded words (=?utf-8?B?…?= / ?Q?), joined without the whitespace between them.</summary>
    private static string DecodeWords(string value)
    {
        var joined = Regex.Replace(value, @"\?=\s+=\?", "?==?");
        return EncodedWord().Replace(joined, m =>
        {
            var charset = Encoding.GetEncoding(m.Groups[1].Value);
            return string.Equals(m.Groups[2].Value, "B", StringComparison.OrdinalIgnoreCase)
                ? charset.GetString(Convert.FromBase64String(m.Groups[3].Value))
                : QuotedPrintable(m.Groups[3].Value.Replace('_', ' '));
        });
    }

    [GeneratedRegex(@"\nFrom [^\n]*\n")]
    private static partial Regex MboxSeparator();

    [GeneratedRegex("boundary=\"?([^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}
