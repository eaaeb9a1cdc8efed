using System.Globalization;

namespace MotCua.Web.Features.Administration;

/// <summary>Reading form text the way officers type it: dates as yyyy-MM-dd (the date input), decimals with , or .</summary>
public static class AdminParse
{
    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Vietnamese writes 0,5 where English writes 0.5; neither uses thousands separators in these fields.</summary>
    public static bool TryDecimal(string? text, out decimal value) =>
        decimal.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    public static string Number(decimal value) => value.ToString("0.###", CultureInfo.CurrentCulture);

    public static bool TryEnum<T>(string? text, out T value) where T : struct, Enum =>
        Enum.TryParse(text, ignoreCase: false, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);

    /// <summary>Names in dictionary order for the reader's language (Đ after D, not after Z as ordinal order puts it).</summary>
    public static StringComparer Collation => StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
