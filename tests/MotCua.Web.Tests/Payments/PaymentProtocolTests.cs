using System.Globalization;
using System.Net;
using MotCua.Web.Features.Payments;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Payments;

/// <summary>The VNPay v2.1.0 protocol end to end over HTTP: the signed redirect, the IPN and its documented replies.</summary>
public abstract class PaymentProtocolTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : PaymentsApp
{
    private const long JudicialRecordFee = 200_000;

    private async Task<string> ReceivedAsync(DateTimeOffset at)
    {
        app.Clock.Set(at);
        return (await (await app.ClientFor(Reception)).Intake(JudicialRecordIntake(phone: "0912345678"))).Str("code");
    }

    private async Task<(string Code, string TxnRef)> PendingAsync(DateTimeOffset at)
    {
        var code = await ReceivedAsync(at);
        var url = await app.Browser().StartPaymentAsync(code);
        return (code, TestGateway.Fields(url)["vnp_TxnRef"]);
    }

    [Fact]
    public async Task The_pay_button_redirects_with_303_to_a_payment_url_signed_over_its_exact_query()
    {
        var code = await ReceivedAsync(TestClock.Vn(2026, 7, 1, 9, 30));

        var url = await app.Browser().StartPaymentAsync(code);

        Assert.StartsWith(PaymentsApp.GatewayPayUrl + "?", url.OriginalString, StringComparison.Ordinal);
        var raw = url.OriginalString[(url.OriginalString.IndexOf('?', StringComparison.Ordinal) + 1)..];
        var hashAt = raw.IndexOf("&vnp_SecureHash=", StringComparison.Ordinal);
        var signedPart = raw[..hashAt];
        Assert.Equal(TestGateway.Sign(signedPart), raw[(hashAt + "&vnp_SecureHash=".Length)..]);
        var keys = signedPart.Split('&').Select(p => p.Split('=')[0]).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        var f = TestGateway.Fields(url);
        Assert.Equal("2.1.0", f["vnp_Version"]);
        Assert.Equal("pay", f["vnp_Command"]);
        Assert.Equal(PaymentsApp.TmnCode, f["vnp_TmnCode"]);
        Assert.Equal((JudicialRecordFee * 100).ToString(CultureInfo.InvariantCulture), f["vnp_Amount"]);
        Assert.Equal("VND", f["vnp_CurrCode"]);
        Assert.Equal("vn", f["vnp_Locale"]);
        Assert.Equal(PaymentsApp.ReturnUrl, f["vnp_ReturnUrl"]);
        Assert.Equal("20260701093000", f["vnp_CreateDate"]);
        Assert.Equal("20260701094500", f["vnp_ExpireDate"]);
        Assert.Contains(code, f["vnp_OrderInfo"], StringComparison.Ordinal);
        var payment = await app.PaymentAsync(f["vnp_TxnRef"]);
        Assert.Equal(PaymentStatus.Pending, payment.Status);
        Assert.Equal(JudicialRecordFee, payment.Amount);
    }

    [Fact]
    public async Task A_notification_with_a_bad_signature_is_answered_97_and_changes_nothing()
    {
        var (_, txnRef) = await PendingAsync(TestClock.Vn(2026, 7, 2, 9, 0));
        var query = TestGateway.Query(TestGateway.Notification(txnRef, JudicialRecordFee), secret: "not-the-merchant-secret");
        using var gateway = app.CreateClient();

        Assert.Equal(("97", "Invalid signature"), await gateway.IpnAsync(query));
        Assert.Equal(("97", "Invalid signature"), await gateway.IpnAsync("vnp_TxnRef=" + txnRef));
        Assert.Equal(PaymentStatus.Pending, (await app.PaymentAsync(txnRef)).Status);
    }

    [Fact]
    public async Task A_notification_for_an_unknown_order_is_answered_01()
    {
        app.Clock.Set(TestClock.Vn(2026, 7, 3, 9, 0));
        using var gateway = app.CreateClient();

        Assert.Equal(("01", "Order not found"), await gateway.IpnAsync(TestGateway.Query(TestGateway.Notification("MC00000000000000000000", JudicialRecordFee))));
    }

    [Fact]
    public async Task A_notification_with_another_amount_is_answered_04_and_changes_nothing()
    {
        var (_, txnRef) = await PendingAsync(TestClock.Vn(2026, 7, 4, 9, 0));
        using var gateway = app.CreateClient();

        Assert.Equal(("04", "Invalid amount"), await gateway.IpnAsync(TestGateway.Query(TestGateway.Notification(txnRef, JudicialRecordFee - 1000))));
        Assert.Equal(PaymentStatus.Pending, (await app.PaymentAsync(txnRef)).Status);
    }

    [Fact]
    public async Task A_successful_notification_marks_the_payment_paid_with_an_outbox_message_and_an_audit_entry()
    {
        var (code, txnRef) = await PendingAsync(TestClock.Vn(2026, 7, 6, 9, 0));
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        using var gateway = app.CreateClient();

        Assert.Equal(("00", "Confirm Success"), await gateway.IpnAsync(TestGateway.Query(TestGateway.Notification(txnRef, JudicialRecordFee))));

        var payment = await app.PaymentAsync(txnRef);
        Assert.Equal(PaymentStatus.Paid, payment.Status);
        Assert.Equal("14226112", payment.GatewayTransactionNo);
        Assert.Equal("NCB", payment.BankCode);
        Assert.Equal(TestClock.Vn(2026, 7, 6, 9, 2), payment.ConfirmedAt);
        Assert.Equal(TestClock.Vn(2026, 3, 2, 9, 15), payment.PaidAt);
        Assert.Equal(1, await app.OutboxCountAsync(code, PaymentTopics.Confirmed));
        Assert.Equal("payment-confirmed", (await app.AuditActionsAsync(code))[^1]);
        var verify = await (await app.ClientFor(Reception)).Get($"/api/v1/dossiers/{code}/audit/verify");
        Assert.True(verify.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task A_repeated_notification_is_answered_02_and_changes_nothing_a_second_time()
    {
        var (code, txnRef) = await PendingAsync(TestClock.Vn(2026, 7, 7, 9, 0));
        using var gateway = app.CreateClient();
        var query = TestGateway.Query(TestGateway.Notification(txnRef, JudicialRecordFee));
        Assert.Equal("00", (await gateway.IpnAsync(query)).RspCode);
        var first = await app.PaymentAsync(txnRef);
        var audit = (await app.AuditActionsAsync(code)).Count;
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(("02", "Order already confirmed"), await gateway.IpnAsync(query));
        // Even a later "failed" notice for the same order does not undo a settled payment.
        Assert.Equal("02", (await gateway.IpnAsync(TestGateway.Query(TestGateway.Notification(txnRef, JudicialRecordFee, "99", "02")))).RspCode);

        var after = await app.PaymentAsync(txnRef);
        Assert.Equal(PaymentStatus.Paid, after.Status);
        Assert.Equal(first.ConfirmedAt, after.ConfirmedAt);
        Assert.Equal(first.Version, after.Version);
        Assert.Equal(1, await app.OutboxCountAsync(code, PaymentTopics.Confirmed));
        Assert.Equal(audit, (await app.AuditActionsAsync(code)).Count);
    }

    [Theory]
    [InlineData("51", "02", PaymentStatus.Failed)]
    [InlineData("00", "02", PaymentStatus.Failed)]
    [InlineData("24", "02", PaymentStatus.Cancelled)]
    public async Task A_notification_that_is_not_00_and_00_records_the_payment_as_not_paid_and_is_still_acknowledged(string response, string status, PaymentStatus expected)
    {
        var (code, txnRef) = await PendingAsync(TestClock.Vn(2026, 7, 8, 9, 0));
        using var gateway = app.CreateClient();

        Assert.Equal(("00", "Confirm Success"), await gateway.IpnAsync(TestGateway.Query(TestGateway.Notification(txnRef, JudicialRecordFee, response, status))));

        var payment = await app.PaymentAsync(txnRef);
        Assert.Equal(expected, payment.Status);
        Assert.Equal(response, payment.ResponseCode);
        Assert.Equal(0, await app.OutboxCountAsync(code, PaymentTopics.Confirmed));
        Assert.Equal("02", (await gateway.IpnAsync(TestGateway.Query(TestGateway.Notification(txnRef, JudicialRecordFee)))).RspCode);
    }

    [Fact]
    public async Task Identical_notifications_arriving_together_settle_the_payment_once()
    {
        var (code, txnRef) = await PendingAsync(TestClock.Vn(2026, 7, 9, 9, 0));
        var query = TestGateway.Query(TestGateway.Notification(txnRef, JudicialRecordFee));
        var clients = Enumerable.Range(0, 6).Select(_ => app.CreateClient()).ToList();

        var replies = await Task.WhenAll(clients.Select(c => c.IpnAsync(query)));

        Assert.Equal(1, replies.Count(r => r.RspCode == "00"));
        Assert.All(replies.Where(r => r.RspCode != "00"), r => Assert.Equal("02", r.RspCode));
        Assert.Equal(1, await app.OutboxCountAsync(code, PaymentTopics.Confirmed));
        Assert.Single(await app.AuditActionsAsync(code), a => a == "payment-confirmed");
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task The_return_page_shows_the_state_the_IPN_left_and_refuses_a_bad_signature()
    {
        var (code, txnRef) = await PendingAsync(TestClock.Vn(2026, 7, 10, 9, 0));
        var browser = app.Browser();
        var returned = TestGateway.Query(TestGateway.Notification(txnRef, JudicialRecordFee));

        var before = WebUtility.HtmlDecode(await browser.GetStringAsync("/thanh-toan/ket-qua?" + returned));
        await app.CreateClient().IpnAsync(returned);
        var after = WebUtility.HtmlDecode(await browser.GetStringAsync("/thanh-toan/ket-qua?" + returned));
        var forged = WebUtility.HtmlDecode(await browser.GetStringAsync("/thanh-toan/ket-qua?" + returned.Replace("vnp_Amount=20000000", "vnp_Amount=100", StringComparison.Ordinal)));

        Assert.Contains("Cổng thanh toán báo giao dịch thành công; hệ thống đang xử lý xác nhận.", before);
        Assert.Contains("Thanh toán thành công. Cảm ơn bạn!", after);
        Assert.Contains(code, after);
        Assert.Contains("chữ ký của cổng thanh toán không đúng", forged);
        Assert.DoesNotContain(code, forged);
    }

    [Fact]
    public async Task The_lookup_shows_the_fee_and_the_pay_button_until_it_is_paid()
    {
        var (code, txnRef) = await PendingAsync(TestClock.Vn(2026, 7, 13, 9, 0));
        var browser = app.Browser();
        var unpaid = WebUtility.HtmlDecode(await browser.GetStringAsync($"/tra-cuu?ma={code}&xm=5678"));
        await app.CreateClient().IpnAsync(TestGateway.Query(TestGateway.Notification(txnRef, JudicialRecordFee)));
        var paid = WebUtility.HtmlDecode(await browser.GetStringAsync($"/tra-cuu?ma={code}&xm=5678"));
        var wrongProof = WebUtility.HtmlDecode(await browser.GetStringAsync($"/thanh-toan?ma={code}&xm=0000"));

        Assert.Contains("200.000 đ", unpaid);
        Assert.Contains($"href=\"/thanh-toan?ma={code}&xm=5678\"", unpaid.Replace("&amp;", "&", StringComparison.Ordinal));
        Assert.Contains("Đã thanh toán", paid);
        Assert.DoesNotContain("Thanh toán phí, lệ phí</a>", paid);
        Assert.Contains("Không tìm thấy hồ sơ với mã và số điện thoại này.", wrongProof);
        Assert.DoesNotContain("200.000", wrongProof);
    }

    [Fact]
    public async Task A_paid_dossier_cannot_start_another_online_payment()
    {
        var (code, txnRef) = await PendingAsync(TestClock.Vn(2026, 7, 14, 9, 0));
        // A second tab opened before the payment went through still shows the pay button.
        var browser = app.Browser();
        var page = await browser.GetStringAsync($"/thanh-toan?ma={code}&xm=5678");
        var token = WebUtility.HtmlDecode(TestGateway.Antiforgery().Match(page).Groups[1].Value);
        await app.CreateClient().IpnAsync(TestGateway.Query(TestGateway.Notification(txnRef, JudicialRecordFee)));

        var response = await browser.PostAsync("/thanh-toan/vnpay", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ma"] = code, ["xm"] = "5678", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.EndsWith("&loi=payment-already-paid", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(1, await app.DbAsync(db => Task.FromResult(db.Set<Payment>().Count(p => p.DossierId == db.Dossiers.Single(d => d.Code == code).Id))));
    }
}

public sealed class PaymentProtocolOnSqlite(PaymentsSqliteApp app) : PaymentProtocolTests<PaymentsSqliteApp>(app);

public sealed class PaymentProtocolOnPostgres(PaymentsPostgresApp app) : PaymentProtocolTests<PaymentsPostgresApp>(app);
