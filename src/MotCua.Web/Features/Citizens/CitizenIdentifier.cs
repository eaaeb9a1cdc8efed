using System.Text.RegularExpressions;

namespace MotCua.Web.Features.Citizens;

/// <summary>What a citizen types to sign in: an e-mail address or a Vietnamese mobile number, in any usual spelling.</summary>
public sealed partial record CitizenIdentifier(string? Email, string? Phone)
{
    /// <summary>
    /// "0912 345 678", "0912.345.678" and "+84 912 345 678" are one number: kept as 0xxxxxxxxx so that it is unique and
    /// found again whatever the spelling. Null when the text is neither an e-mail address nor a 10-digit number.
    /// </summary>
    public static CitizenIdentifier? Parse(string? text)
    {
        var t = text?.Trim() ?? "";
        if (t.Length == 0 || t.Length > 254)
        {
            return null;
        }
        if (t.Contains('@'))
        {
            return EmailPattern().IsMatch(t) ? new CitizenIdentifier(t, null) : null;
        }
        var phone = NormalisePhone(t);
        return phone is null ? null : new CitizenIdentifier(null, phone);
    }

    /// <summary>A mobile number (84 and nine digits in international form) as 0xxxxxxxxx; null for anything else.</summary>
    public static string? NormalisePhone(string? text) =>
        MotCua.Domain.Text.PhoneNumbers.ToInternational(text) is { Length: 11 } international ? "0" + international[2..] : null;

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
