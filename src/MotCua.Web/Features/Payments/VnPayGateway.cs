using System.Globalization;
using Microsoft.Extensions.Options;
using MotCua.Domain;

namespace MotCua.Web.Features.Payments;

/// <summary>The merchant side of VNPay v2.1.0: the signed payment URL the browser is redirected to.</summary>
public sealed class VnPayGateway(IOptions<VnPayOptions> options, IHostEnvironment environment, TimeProvider clock)
{
    public const string ReturnPath = "/thanh-toan/ket-qua";
    public const string IpnPath = "/api/v1/payments/vnpay/ipn";

    private const string DateFormat = "yyyyMMddHHmmss";

    public VnPayOptions Options => options.Value;

    /// <summary>Online payment is on when a merchant is configured and there is a gateway to send the citizen to.</summary>
    public bool Enabled => Options.HasMerchant && (!string.IsNullOrWhiteSpace(Options.PayUrl) || (Options.Simulator && environment.IsDevelopment()));

    /// <summary>The gateway page: configured, or in development the simulator this application serves.</summary>
    public string PayUrl(HttpRequest request) =>
        !string.IsNullOrWhiteSpace(Options.PayUrl) ? Options.PayUrl! : Origin(request) + VnPaySimulator.PayPath;

    public string ReturnUrl(HttpRequest request) =>
        !string.IsNullOrWhiteSpace(Options.ReturnUrl) ? Options.ReturnUrl! : Origin(request) + ReturnPath;

    public string BuildPayUrl(Payment payment, string orderInfo, bool english, HttpRequest request)
    {
        var now = VietnamTime.ToLocal(clock.GetUtcNow());
        var fields = new Dictionary<string, string?>
        {
            ["vnp_Version"] = "2.1.0",
            ["vnp_Command"] = "pay",
            ["vnp_TmnCode"] = Options.TmnCode,
            ["vnp_Amount"] = ToGatewayAmount(payment.Amount),
            ["vnp_CurrCode"] = "VND",
            ["vnp_TxnRef"] = payment.TxnRef,
            ["vnp_OrderInfo"] = orderInfo,
            // VNPay's category for public-service fees has no code of its own: "other".
            ["vnp_OrderType"] = "other",
            ["vnp_Locale"] = english ? "en" : "vn",
            ["vnp_ReturnUrl"] = ReturnUrl(request),
            ["vnp_IpAddr"] = request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1",
            ["vnp_CreateDate"] = now.ToString(DateFormat, CultureInfo.InvariantCulture),
            ["vnp_ExpireDate"] = now.AddMinutes(Options.ExpireMinutes).ToString(DateFormat, CultureInfo.InvariantCulture),
        };
        return VnPaySignature.SignedUrl(PayUrl(request), fields, Options.HashSecret!);
    }

    /// <summary>vnp_Amount carries đồng × 100 (VNPay keeps two decimals although the đồng has none).</summary>
    public static string ToGatewayAmount(long dong) => (dong * 100).ToString(CultureInfo.InvariantCulture);

    /// <summary>The đồng amount of a vnp_Amount, or null if it is not a whole number of đồng.</summary>
    public static long? FromGatewayAmount(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v % 100 == 0 ? v / 100 : null;

    /// <summary>vnp_PayDate (yyyyMMddHHmmss in GMT+7) as an instant.</summary>
    public static DateTimeOffset? ParseGatewayTime(string? value) =>
        DateTime.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, VietnamTime.Offset)
            : null;

    public static string GatewayTime(DateTimeOffset instant) => VietnamTime.ToLocal(instant).ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
