namespace MotCua.Web.Features.Reception;

/// <summary>
/// What an officer types or scans to find a dossier. A USB barcode scanner types the code it reads; the QR code on the
/// receipt (Form 01) holds the public lookup URL <c>…/tra-cuu?ma=CODE</c>, so both shapes must lead to the code.
/// </summary>
public static class DossierCodeInput
{
    /// <summary>The dossier reference in the text, or null when nothing usable was given.</summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var value = text.Trim();
        var query = value.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            value = CodeFromQuery(value[(query + 1)..]) ?? "";
        }
        value = value.Trim();
        // Codes are upper case ("H19"); a scanner with caps lock off or a hand-typed code may not be.
        return value.Length is 0 or > 64 ? null : value.ToUpperInvariant();
    }

    private static string? CodeFromQuery(string query)
    {
        foreach (var pair in query.Split('#')[0].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && pair[..eq].Equals("ma", StringComparison.OrdinalIgnoreCase))
            {
                return Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            }
        }
        return null;
    }
}
