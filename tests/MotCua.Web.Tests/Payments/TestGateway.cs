using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Payments;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Payments;

/// <summary>
/// What VNPay does, written from its documentation independently of the application's code: sign a query (HMAC-SHA512
/// over the sorted, URL-encoded vnp_ fields) and call the merchant's IPN.
/// </summary>
public static partial class TestGateway
{
    public static string Sign(string data, string secret = PaymentsApp.Secret)
    {
        using var hmac = new HMACSHA512(Encoding.UTF8.GetBytes(secret));
        return Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes(data)));
    }

    public static string Query(IDictionary<string, string> fields, string secret = PaymentsApp.Secret)
    {
        // vnp_SecureHashType travels with the notification but is not part of the signed data.
        var keys = fields.Keys.Where(k => k != "vnp_SecureHashType").ToList();
        keys.Sort(string.CompareOrdinal);
        var data = string.Join("&", keys.Where(k => fields[k].Length > 0).Select(k => WebUtility.UrlEncode(k) + "=" + WebUtility.UrlEncode(fields[k])));
        var type = fields.TryGetValue("vnp_SecureHashType", out var t) ? "&vnp_SecureHashType=" + t : "";
        return data + type + "&vnp_SecureHash=" + Sign(data, secret);
    }

    /// <summary>The notification VNPay sends for a transaction (success unless told otherwise).</summary>
    public static Dictionary<string, string> Notification(string txnRef, long amountDong, string responseCode = "00", string transactionStatus = "00") => new()
    {
        ["vnp_TmnCode"] = PaymentsApp.TmnCode,
        ["vnp_Amount"] = (amountDong * 100).ToString(CultureInfo.InvariantCulture),
        ["vnp_BankCode"] = "NCB",
        ["vnp_BankTranNo"] = "VNP14226112",
        ["vnp_CardType"] = "ATM",
        ["vnp_OrderInfo"] = "Thanh toan phi le phi",
        ["vnp_PayDate"] = "20260302091500",
        ["vnp_ResponseCode"] = responseCode,
        ["vnp_TransactionNo"] = "14226112",
        ["vnp_TransactionStatus"] = transactionStatus,
        ["vnp_TxnRef"] = txnRef,
        ["vnp_SecureHashType"] = "HmacSHA512",
    };

    public static async Task<(string RspCode, string Message)> IpnAsync(this HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/payments/vnpay/ipn?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("RspCode").GetString()!, json.GetProperty("Message").GetString()!);
    }

    public static HttpClient Browser(this MotCuaApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The citizen's way: the pay page, then its form; returns the gateway URL the app redirected to (303).</summary>
    public static async Task<Uri> StartPaymentAsync(this HttpClient browser, string code, string verify = "5678")
    {
        var page = await browser.GetStringAsync($"/thanh-toan?ma={code}&xm={verify}");
        var token = Antiforgery().Match(page);
        Assert.True(token.Success, "the pay page has no pay form");
        var response = await browser.PostAsync("/thanh-toan/vnpay", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ma"] = code, ["xm"] = verify, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return response.Headers.Location!;
    }

    public static Dictionary<string, string> Fields(Uri url) =>
        QueryHelpers.ParseQuery(url.Query).ToDictionary(p => p.Key, p => p.Value.ToString());

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    public static partial Regex Antiforgery();

    public static async Task<T> DbAsync<T>(this MotCuaApp app, Func<MotCuaDb, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<MotCuaDb>());
    }

    public static Task<Payment> PaymentAsync(this MotCuaApp app, string txnRef) =>
        app.DbAsync(db => db.Set<Payment>().AsNoTracking().SingleAsync(p => p.TxnRef == txnRef));

    public static Task<int> OutboxCountAsync(this MotCuaApp app, string code, string topic) =>
        app.DbAsync(db => db.OutboxMessages.CountAsync(m => m.Topic == topic && db.Dossiers.Any(d => d.Id == m.DossierId && d.Code == code)));

    public static Task<List<string>> AuditActionsAsync(this MotCuaApp app, string code) =>
        app.DbAsync(db => db.AuditEntries.Where(a => db.Dossiers.Any(d => d.Id == a.DossierId && d.Code == code)).OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync());
}
