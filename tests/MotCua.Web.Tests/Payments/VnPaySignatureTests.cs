using System.Security.Cryptography;
using System.Text;
using MotCua.Web.Features.Payments;

namespace MotCua.Web.Tests.Payments;

/// <summary>The checksum rule against a vector written out by hand from VNPay's documented payment URL.</summary>
public sealed class VnPaySignatureTests
{
    private const string Secret = "ZQ4C7N2KX1VPB8H3TJ6MWE9RDYLAF5SG";

    private static readonly Dictionary<string, string?> Documented = new()
    {
        ["vnp_Version"] = "2.1.0",
        ["vnp_TxnRef"] = "5",
        ["vnp_ReturnUrl"] = "https://domainmerchant.vn/ReturnUrl",
        ["vnp_Amount"] = "1806000",
        ["vnp_OrderInfo"] = "Thanh toan don hang :5",
        ["vnp_Command"] = "pay",
        ["vnp_CreateDate"] = "20210801153333",
        ["vnp_CurrCode"] = "VND",
        ["vnp_IpAddr"] = "127.0.0.1",
        ["vnp_Locale"] = "vn",
        ["vnp_OrderType"] = "other",
        ["vnp_TmnCode"] = "DEMOV210",
        ["vnp_BankCode"] = "",
        ["vnp_SecureHashType"] = "HmacSHA512",
    };

    // Sorted by name, URL-encoded with '+' for spaces, the empty bank code and the hash type left out.
    private const string ExpectedData =
        "vnp_Amount=1806000&vnp_Command=pay&vnp_CreateDate=20210801153333&vnp_CurrCode=VND&vnp_IpAddr=127.0.0.1&vnp_Locale=vn" +
        "&vnp_OrderInfo=Thanh+toan+don+hang+%3A5&vnp_OrderType=other&vnp_ReturnUrl=https%3A%2F%2Fdomainmerchant.vn%2FReturnUrl" +
        "&vnp_TmnCode=DEMOV210&vnp_TxnRef=5&vnp_Version=2.1.0";

    private static string Hmac(string data)
    {
        using var h = new HMACSHA512(Encoding.UTF8.GetBytes(Secret));
        return Convert.ToHexStringLower(h.ComputeHash(Encoding.UTF8.GetBytes(data)));
    }

    [Fact]
    public void The_signed_data_is_the_sorted_url_encoded_query_without_empty_fields_and_hash_fields()
    {
        Assert.Equal(ExpectedData, VnPaySignature.SignedData(Documented));
    }

    [Fact]
    public void The_payment_url_ends_with_the_HMAC_SHA512_of_that_exact_string()
    {
        var url = VnPaySignature.SignedUrl("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html", Documented, Secret);

        Assert.Equal($"https://sandbox.vnpayment.vn/paymentv2/vpcpay.html?{ExpectedData}&vnp_SecureHash={Hmac(ExpectedData)}", url);
        Assert.Equal(128, Hmac(ExpectedData).Length);
    }

    [Fact]
    public void A_received_query_verifies_only_with_its_own_hash_and_the_right_secret()
    {
        var signed = new Dictionary<string, string?>(Documented) { ["vnp_SecureHash"] = Hmac(ExpectedData).ToUpperInvariant() };
        var tampered = new Dictionary<string, string?>(signed) { ["vnp_Amount"] = "1806100" };

        Assert.True(VnPaySignature.Verify(signed, Secret));
        Assert.False(VnPaySignature.Verify(tampered, Secret));
        Assert.False(VnPaySignature.Verify(signed, Secret + "x"));
        Assert.False(VnPaySignature.Verify(Documented, Secret));
    }
}
