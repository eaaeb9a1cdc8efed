using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.WebUtilities;

namespace MotCua.Web.Features.Payments;

/// <summary>
/// A stand-in for VNPay's sandbox, speaking the same v2.1.0 protocol, for development and tests only: a payment page that
/// checks the merchant's checksum and offers "pay" or "cancel"; on a choice it sends the signed IPN to the merchant server
/// to server, then sends the browser back to vnp_ReturnUrl with the signed result — the order a real gateway follows.
/// It can be mapped onto any WebApplication: the app itself in Development, or a separate loopback server in tests.
/// </summary>
public static class VnPaySimulator
{
    public const string PayPath = "/dev/vnpay/paymentv2/vpcpay.html";
    private const string CssPath = "/dev/vnpay/simulator.css";

    /// <summary>A merchant the simulator knows; without an IPN URL it notifies the origin of the return URL.</summary>
    public sealed record Merchant(string TmnCode, string HashSecret, string? IpnUrl = null);

    /// <summary>What the simulator did, newest last (tests read it; the page never shows secrets).</summary>
    public sealed class Journal
    {
        private readonly List<string> lines = [];
        public IReadOnlyList<string> Lines { get { lock (lines) { return [.. lines]; } } }
        public void Add(string line) { lock (lines) { lines.Add(line); } }
    }

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public static Journal MapVnPaySimulator(this IEndpointRouteBuilder app, params Merchant[] merchants)
    {
        var journal = new Journal();
        var known = merchants.ToDictionary(m => m.TmnCode, StringComparer.Ordinal);
        app.MapGet(CssPath, () => Results.Text(Css, "text/css")).ExcludeFromDescription().AllowAnonymous();
        app.MapGet(PayPath, (HttpRequest request) =>
        {
            var (merchant, problem) = Check(known, request.Query);
            return problem is not null || merchant is null ? Page(Error(problem!), StatusCodes.Status400BadRequest) : Page(PayForm(request.Query, request.QueryString.Value!));
        }).ExcludeFromDescription().AllowAnonymous();
        app.MapPost(PayPath, async (HttpRequest request, CancellationToken ct) =>
        {
            var form = await request.ReadFormAsync(ct);
            var original = QueryHelpers.ParseQuery(form["q"].ToString());
            var query = new QueryCollection(original);
            var (merchant, problem) = Check(known, query);
            if (problem is not null)
            {
                return Page(Error(problem), StatusCodes.Status400BadRequest);
            }
            var pay = form["choice"] == "pay";
            var result = Result(query, pay);
            var returnUrl = query["vnp_ReturnUrl"].ToString();
            var ipnUrl = merchant!.IpnUrl ?? new Uri(new Uri(returnUrl), VnPayGateway.IpnPath).ToString();
            var signedIpn = VnPaySignature.SignedUrl(ipnUrl, result, merchant.HashSecret);
            try
            {
                var reply = await Http.GetStringAsync(new Uri(signedIpn), ct);
                journal.Add($"IPN {query["vnp_TxnRef"]} {(pay ? "paid" : "cancelled")} -> {reply}");
            }
            catch (HttpRequestException e)
            {
                // A real gateway retries later; the return page then says the payment is still being processed.
                journal.Add($"IPN {query["vnp_TxnRef"]} failed: {e.Message}");
            }
            return (IResult)new SeeOther(VnPaySignature.SignedUrl(returnUrl, result, merchant.HashSecret));
        }).ExcludeFromDescription().AllowAnonymous().DisableAntiforgery();
        return journal;
    }

    private static (Merchant? Merchant, string? Problem) Check(Dictionary<string, Merchant> known, IQueryCollection query)
    {
        if (!known.TryGetValue(query["vnp_TmnCode"].ToString(), out var merchant))
        {
            return (null, "Mã website (vnp_TmnCode) không tồn tại");
        }
        if (!VnPaySignature.Verify(VnPaySignature.Fields(query), merchant.HashSecret))
        {
            return (null, "Sai chữ ký (vnp_SecureHash)");
        }
        if (query["vnp_Version"] != "2.1.0" || query["vnp_Command"] != "pay" || query["vnp_CurrCode"] != "VND"
            || VnPayGateway.FromGatewayAmount(query["vnp_Amount"]) is not > 0 || string.IsNullOrEmpty(query["vnp_TxnRef"])
            || !Uri.TryCreate(query["vnp_ReturnUrl"], UriKind.Absolute, out _))
        {
            return (null, "Dữ liệu gửi sang không đúng định dạng");
        }
        return (merchant, null);
    }

    private static Dictionary<string, string?> Result(IQueryCollection query, bool pay) => new()
    {
        ["vnp_TmnCode"] = query["vnp_TmnCode"],
        ["vnp_Amount"] = query["vnp_Amount"],
        ["vnp_BankCode"] = pay ? "NCB" : "VNPAY",
        ["vnp_BankTranNo"] = pay ? "VNP" + Digits(8) : null,
        ["vnp_CardType"] = pay ? "ATM" : null,
        ["vnp_OrderInfo"] = query["vnp_OrderInfo"],
        ["vnp_PayDate"] = VnPayGateway.GatewayTime(DateTimeOffset.UtcNow),
        // 24: the customer cancelled the transaction.
        ["vnp_ResponseCode"] = pay ? "00" : "24",
        ["vnp_TransactionNo"] = pay ? Digits(8) : "0",
        ["vnp_TransactionStatus"] = pay ? "00" : "02",
        ["vnp_TxnRef"] = query["vnp_TxnRef"],
    };

    private static string Digits(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => (char)('0' + RandomNumberGenerator.GetInt32(10))));

    private static string PayForm(IQueryCollection query, string rawQuery)
    {
        var e = HtmlEncoder.Default;
        var amount = VnPayGateway.FromGatewayAmount(query["vnp_Amount"])!.Value.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));
        var q = e.Encode(rawQuery.TrimStart('?'));
        return $"""
            <h1>Cổng thanh toán VNPAY (mô phỏng)</h1>
            <p class="note">Môi trường phát triển — không có tiền thật được chuyển.</p>
            <dl>
              <dt>Đơn vị chấp nhận</dt><dd>{e.Encode(query["vnp_TmnCode"].ToString())}</dd>
              <dt>Mã đơn hàng</dt><dd>{e.Encode(query["vnp_TxnRef"].ToString())}</dd>
              <dt>Nội dung</dt><dd>{e.Encode(query["vnp_OrderInfo"].ToString())}</dd>
              <dt>Số tiền</dt><dd class="amount">{amount} VND</dd>
            </dl>
            <form method="post" action="{PayPath}">
              <input type="hidden" name="q" value="{q}" />
              <button type="submit" name="choice" value="pay" class="pay">Thanh toán thành công</button>
              <button type="submit" name="choice" value="cancel" class="cancel">Hủy</button>
            </form>
            """;
    }

    private static string Error(string problem) =>
        $"""<h1>Giao dịch không hợp lệ</h1><p class="error" role="alert">{HtmlEncoder.Default.Encode(problem)}</p>""";

    private static IResult Page(string body, int status = StatusCodes.Status200OK) => Results.Content($"""
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>VNPAY (mô phỏng)</title><link rel="stylesheet" href="{CssPath}" /></head>
        <body><main>{body}</main></body></html>
        """, "text/html; charset=utf-8", Encoding.UTF8, status);

    private sealed class SeeOther(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }

    private const string Css = """
        body { font-family: "Liberation Sans", Arial, sans-serif; margin: 0; background: #eef3f8; color: #1b2733; }
        main { max-width: 28rem; margin: 1.5rem auto; background: #fff; padding: 1.25rem; border-radius: .5rem; border-top: 6px solid #005baa; }
        h1 { font-size: 1.35rem; color: #005baa; margin-top: 0; }
        .note { color: #5b6b7a; font-size: .9rem; }
        dl { display: grid; grid-template-columns: auto 1fr; gap: .4rem 1rem; }
        dt { color: #5b6b7a; } dd { margin: 0; font-weight: 600; word-break: break-all; }
        .amount { font-size: 1.25rem; color: #b3261e; }
        form { display: grid; gap: .75rem; margin-top: 1.25rem; }
        button { font: inherit; font-size: 1.05rem; padding: .85rem; border-radius: .4rem; border: 2px solid #005baa; cursor: pointer; }
        button:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
        .pay { background: #005baa; color: #fff; } .cancel { background: #fff; color: #005baa; }
        .error { color: #b3261e; font-weight: 600; }
        """;
}
