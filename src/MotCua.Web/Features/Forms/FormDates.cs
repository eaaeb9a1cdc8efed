using System.Globalization;
using MotCua.Domain;

namespace MotCua.Web.Features.Forms;

/// <summary>
/// How the forms write times: always in Vietnam local time (UTC+07:00, <see cref="VietnamTime"/>),
/// whatever the server's zone or the offset the value arrives with.
/// </summary>
internal static class FormDates
{
    public static DateTimeOffset ToVietnam(DateTimeOffset value) => VietnamTime.ToLocal(value);

    /// <summary>The forms' wording: "08 giờ 30 phút, ngày 13/02/2026".</summary>
    public static string HourMinuteDate(DateTimeOffset value)
    {
        var local = ToVietnam(value);
        return string.Create(CultureInfo.InvariantCulture, $"{local:HH} giờ {local:mm} phút, ngày {local:dd/MM/yyyy}");
    }

    public static string Date(DateTimeOffset value) =>
        ToVietnam(value).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Compact form for narrow table cells: "08:30 13/02/2026" (wraps between time and date).</summary>
    public static string Compact(DateTimeOffset value)
    {
        var local = ToVietnam(value);
        return local.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
    }

    public static string CompactOrBlank(DateTimeOffset? value) => value is { } v ? Compact(v) : string.Empty;

    /// <summary>
    /// The place-and-date line of administrative documents: "Đồng Nai, ngày 13 tháng 02 năm 2026".
    /// Decree 30/2020/NĐ-CP, Appendix I: days below 10 and the months 1 and 2 take a leading zero,
    /// the months 3 to 9 do not ("ngày 05 tháng 3 năm 2026").
    /// </summary>
    public static string PlaceAndDate(string place, DateTimeOffset value)
    {
        var local = ToVietnam(value);
        var month = local.Month <= 2 ? local.Month.ToString("00", CultureInfo.InvariantCulture)
                                     : local.Month.ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{place}, ngày {local:dd} tháng {month} năm {local:yyyy}");
    }
}
