using System.Globalization;
using MotCua.Domain;

namespace MotCua.Web.Features.Payments;

public static class PaymentFormat
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>"200.000 đ" in Vietnamese, "VND 200,000" in English.</summary>
    public static string Money(long dong) => English
        ? "VND " + dong.ToString("N0", CultureInfo.InvariantCulture)
        : dong.ToString("N0", Vi) + " đ";

    public static string Time(DateTimeOffset? t) =>
        t is null ? "—" : VietnamTime.ToLocal(t.Value).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Tone(PaymentStatus status) => status switch
    {
        PaymentStatus.Paid => "ok",
        PaymentStatus.Pending => "warn",
        PaymentStatus.Failed => "late",
        PaymentStatus.Cancelled => "neutral",
    };
}
