using System.Text.RegularExpressions;

namespace MotCua.Web.Features.Feedback;

/// <summary>
/// Removes personal data from text that is published: the sender's own name, phone and email, and anything typed
/// into the text that looks like a phone number, an email address or an identity number (CMND 9 / CCCD 12 digits).
/// </summary>
public static partial class PersonalDataScrubber
{
    public const string Mask = "***";

    public static string Scrub(string text, params string?[] known)
    {
        var result = text;
        foreach (var value in known.Where(k => !string.IsNullOrWhiteSpace(k) && k.Trim().Length >= 2).OrderByDescending(k => k!.Length))
        {
            result = Regex.Replace(result, Regex.Escape(value!.Trim()), Mask, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        result = Email().Replace(result, Mask);
        // Digits with spaces, dots or dashes between them: 0912 345 678, +84 912.345.678, 075090001234.
        result = DigitRun().Replace(result, m => m.Value.Count(char.IsAsciiDigit) >= 8 ? Mask : m.Value);
        return result;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+\s*(@|\(at\)|\[at\])\s*[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Email();

    // Not inside a code (a dossier code's "-260302-0001" is not a phone): a run starts after a space or punctuation.
    [GeneratedRegex(@"(?<![\w\-.])\+?\d(?:[\s.\-]?\d){6,}", RegexOptions.None, 1000)]
    private static partial Regex DigitRun();
}
