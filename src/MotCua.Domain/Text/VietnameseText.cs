using System.Globalization;
using System.Text;

namespace MotCua.Domain.Text;

/// <summary>Search keys that ignore Vietnamese diacritics and case: "Đăng ký khai sinh" and "dang ky khai sinh" match.</summary>
public static class VietnameseText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            // Đ/đ is a letter of its own, not D with a mark: Unicode does not decompose it.
            var folded = c switch
            {
                'Đ' or 'đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsWhiteSpace(folded))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }
                lastWasSpace = true;
                continue;
            }
            builder.Append(folded);
            lastWasSpace = false;
        }
        return builder.ToString().TrimEnd();
    }

    /// <summary>
    /// The text without diacritics, case and punctuation kept ("Hẹn trả: 17:00" → "Hen tra: 17:00"), for SMS routes that
    /// carry GSM characters only.
    /// </summary>
    public static string Strip(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'Đ' => 'D', 'đ' => 'd', _ => c });
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
