namespace MotCua.Web.Features.Payments;

/// <summary>
/// The merchant's VNPay account (configuration section <c>Payments:VnPay</c>). Without a merchant code and secret, online
/// payment is off: the pay button is not shown and the IPN answers 97.
/// </summary>
public sealed class VnPayOptions
{
    public const string Section = "Payments:VnPay";

    /// <summary>vnp_TmnCode: the merchant's terminal code at VNPay.</summary>
    public string? TmnCode { get; set; }
    /// <summary>The shared secret of the HMAC-SHA512 checksum. Never logged.</summary>
    public string? HashSecret { get; set; }
    /// <summary>The gateway's payment page, e.g. https://sandbox.vnpayment.vn/paymentv2/vpcpay.html.</summary>
    public string? PayUrl { get; set; }
    /// <summary>Absolute URL of /thanh-toan/ket-qua; when empty, built from the request's own origin.</summary>
    public string? ReturnUrl { get; set; }
    /// <summary>Development only: serve the gateway simulator from this application (PayUrl then defaults to it).</summary>
    public bool Simulator { get; set; }
    /// <summary>How long the gateway accepts a payment URL (vnp_ExpireDate).</summary>
    public int ExpireMinutes { get; set; } = 15;

    public bool HasMerchant => !string.IsNullOrWhiteSpace(TmnCode) && !string.IsNullOrWhiteSpace(HashSecret);
}
