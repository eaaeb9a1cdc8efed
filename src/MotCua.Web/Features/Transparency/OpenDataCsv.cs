using System.Globalization;
using System.Text;

namespace MotCua.Web.Features.Transparency;

/// <summary>
/// CSV per RFC 4180 (CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled), UTF-8 with a byte
/// order mark so that Excel opens Vietnamese names correctly, numbers in the invariant format (a dot for decimals, no
/// thousands separator) so that every tool parses them the same way.
/// </summary>
public static class OpenDataCsv
{
    public static byte[] Write(IEnumerable<IReadOnlyList<object?>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(',');
                }
                text.Append(Field(row[i]));
            }
            text.Append("\r\n");
        }
        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(text.ToString());
        return [.. preamble, .. body];
    }

    private static string Field(object? value)
    {
        var s = value switch
        {
            null => "",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return s.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
    }
}
