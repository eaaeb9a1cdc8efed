using System.Globalization;
using System.Text.RegularExpressions;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// The dossier code of Circular 01/2018 Art. 19: <c>&lt;receiving agency code&gt;-YYMMDD-NNNN</c>, the agency code in the
/// QCVN 102 shape <c>V1V2V3.Z1Z2.Y1Y2.MX1X2</c>, the local date of acceptance and a 4-digit sequence per agency per day.
/// </summary>
public static partial class DossierCode
{
    /// <summary>Four digits: the 10,000th dossier of a day at one agency cannot be coded.</summary>
    public const int MaxPerDay = 9999;

    [GeneratedRegex(@"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyCodePattern();

    [GeneratedRegex(@"^(?<agency>\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})-(?<date>\d{6})-(?<seq>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    public static bool IsAgencyCode(string? code) => code is not null && AgencyCodePattern().IsMatch(code);

    public static string DayKey(DateOnly localDate) => localDate.ToString("yyMMdd", CultureInfo.InvariantCulture);

    public static string Format(string agencyCode, DateOnly localDate, int sequence)
    {
        if (!IsAgencyCode(agencyCode))
        {
            throw new ArgumentException($"'{agencyCode}' is not a QCVN 102 agency code.", nameof(agencyCode));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxPerDay);
        return $"{agencyCode}-{DayKey(localDate)}-{sequence.ToString("D4", CultureInfo.InvariantCulture)}";
    }

    public static bool TryParse(string? code, out string agencyCode, out DateOnly localDate, out int sequence)
    {
        agencyCode = "";
        localDate = default;
        sequence = 0;
        var match = code is null ? null : CodePattern().Match(code);
        if (match is null || !match.Success
            || !DateOnly.TryParseExact(match.Groups["date"].Value, "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out localDate))
        {
            return false;
        }
        sequence = int.Parse(match.Groups["seq"].Value, CultureInfo.InvariantCulture);
        agencyCode = match.Groups["agency"].Value;
        return sequence >= 1;
    }
}
