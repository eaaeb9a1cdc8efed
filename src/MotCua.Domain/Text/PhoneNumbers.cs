namespace MotCua.Domain.Text;

/// <summary>Vietnamese phone numbers as people write them, and as gateways want them.</summary>
public static class PhoneNumbers
{
    /// <summary>
    /// The number in the international "84" form Zalo ZNS and SMS gateways take: "0912 345 678", "+84 912.345.678",
    /// "0084912345678" and "84912345678" all become "84912345678". Null when it is not a Vietnamese number (a national
    /// number has 9 digits after the leading 0 for mobiles, 10 for landlines).
    /// </summary>
    public static string? ToInternational(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }
        var digits = new string(phone.Where(c => !(char.IsWhiteSpace(c) || c is '.' or '-' or '(' or ')')).ToArray());
        if (digits.StartsWith('+'))
        {
            digits = digits[1..];
        }
        else if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }
        if (!digits.All(char.IsAsciiDigit))
        {
            return null;
        }
        var national = digits.StartsWith("84", StringComparison.Ordinal) && digits.Length >= 11 ? digits[2..]
            : digits.StartsWith('0') ? digits[1..]
            : null;
        return national is { Length: 9 or 10 } && national[0] != '0' ? "84" + national : null;
    }
}
