using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Features.Payments;
using MotCua.Web.Tests.Desk;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Payments;

/// <summary>Cash and transfer taken at the counter, and the daily reconciliation of payments against dossiers.</summary>
public abstract partial class CounterAndReconciliationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : PaymentsApp
{
    private async Task<string> ReceivedAsync(DateTimeOffset at, string phone = "0912345678")
    {
        app.Clock.Set(at);
        return (await (await app.ClientFor(Reception)).Intake(JudicialRecordIntake(phone: phone))).Str("code");
    }

    /// <summary>Posts the counter payment form of the dossier page the way the browser does.</summary>
    private static async Task<HttpResponseMessage> RecordAsync(HttpClient officer, string code, string method, string amount, string reference = "", string? shownPage = null)
    {
        var html = shownPage ?? (await officer.Page($"/can-bo/ho-so/{code}")).Html;
        var form = FormToken().Match(html);
        Assert.True(form.Success, "the dossier page shows no counter payment form");
        return await officer.PostAsync("/can-bo/thanh-toan/ghi-nhan", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = code, ["method"] = method, ["amount"] = amount, ["reference"] = reference,
            ["token"] = form.Groups[1].Value,
            ["__RequestVerificationToken"] = TestGateway.Antiforgery().Match(html).Groups[1].Value,
        }));
    }

    [GeneratedRegex("name=\"token\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex FormToken();

    [Fact]
    public async Task A_reception_officer_records_cash_once_even_when_the_form_is_posted_twice()
    {
        var code = await ReceivedAsync(TestClock.Vn(2026, 8, 3, 9, 0));
        var officer = await app.PagesFor(Reception);
        var (_, page) = await officer.Page($"/can-bo/ho-so/{code}");
        Assert.Contains("value=\"200000\"", page);

        // The same page's form, posted twice (a double click, or the back button and submit again).
        var first = await RecordAsync(officer, code, "Cash", "200000", "BL-0001", page);
        var again = await RecordAsync(officer, code, "Cash", "200000", "BL-0001", page);

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal($"/can-bo/ho-so/{code}?thanh-toan=ok#payment-h", first.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        var payments = await app.DbAsync(db => db.Set<Payment>().AsNoTracking().Where(p => db.Dossiers.Any(d => d.Id == p.DossierId && d.Code == code)).ToListAsync());
        var cash = Assert.Single(payments);
        Assert.Equal((PaymentMethod.Cash, PaymentStatus.Paid, 200_000L, "BL-0001"), (cash.Method, cash.Status, cash.Amount, cash.Reference));
        Assert.NotNull(cash.RecordedById);
        Assert.Equal(1, await app.OutboxCountAsync(code, PaymentTopics.Confirmed));
        var (_, after) = await officer.Page($"/can-bo/ho-so/{code}?thanh-toan=ok");
        Assert.Contains("Đã ghi nhận thanh toán.", after);
        Assert.Contains("Tiền mặt tại quầy", after);
        Assert.DoesNotContain("name=\"token\"", after);
    }

    [Fact]
    public async Task A_transfer_needs_its_reference_and_an_officer_outside_the_receiving_point_may_not_record()
    {
        var code = await ReceivedAsync(TestClock.Vn(2026, 8, 4, 9, 0));
        var officer = await app.PagesFor(Reception);

        var missing = await RecordAsync(officer, code, "Transfer", "200000");
        var (_, specialistPage) = await (await app.PagesFor(PoliceSpecialist)).Page($"/can-bo/ho-so/{code}");

        Assert.Contains("thanh-toan=payment-reference-required", missing.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("/can-bo/thanh-toan/ghi-nhan", specialistPage);
        Assert.Equal(0, await app.DbAsync(db => db.Set<Payment>().CountAsync(p => db.Dossiers.Any(d => d.Id == p.DossierId && d.Code == code))));
    }

    [Fact]
    public async Task The_reconciliation_of_a_day_adds_up_payments_and_finds_what_is_unpaid_mismatched_or_paid_twice()
    {
        var day = TestClock.Vn(2026, 8, 10, 8, 0);
        var online = await ReceivedAsync(day);
        var cash = await ReceivedAsync(day.AddMinutes(10));
        var unpaid = await ReceivedAsync(day.AddMinutes(20));
        var pending = await ReceivedAsync(day.AddMinutes(30));
        var twice = await ReceivedAsync(day.AddMinutes(40));
        var officer = await app.PagesFor(Reception);
        using var gateway = app.CreateClient();

        var onlineRef = TestGateway.Fields(await app.Browser().StartPaymentAsync(online))["vnp_TxnRef"];
        await gateway.IpnAsync(TestGateway.Query(TestGateway.Notification(onlineRef, 200_000)));
        await RecordAsync(officer, cash, "Cash", "150000", "BL-0002");
        await app.Browser().StartPaymentAsync(pending);
        // The citizen pays online while the counter takes cash for the same dossier: both are settled, and flagged.
        var twiceRef = TestGateway.Fields(await app.Browser().StartPaymentAsync(twice))["vnp_TxnRef"];
        await RecordAsync(officer, twice, "Transfer", "200000", "FT26222001");
        await gateway.IpnAsync(TestGateway.Query(TestGateway.Notification(twiceRef, 200_000)));
        // Another day's payment is not counted.
        app.Clock.Set(day.AddDays(1));
        await RecordAsync(officer, unpaid, "Cash", "200000", "BL-0003");

        var supervisor = await app.ClientFor(Supervisor);
        var report = await supervisor.Get("/api/v1/payments/reconciliation?date=2026-08-10");

        var paid = report.GetProperty("paid").EnumerateArray().Select(r => r.Str("dossierCode")).ToList();
        Assert.Equal(4, paid.Count);
        Assert.Equal(new[] { online, cash, twice, twice }.Order(StringComparer.Ordinal), paid.Order(StringComparer.Ordinal));
        var totals = report.GetProperty("totals").EnumerateArray().ToDictionary(t => t.Str("method"), t => (t.GetProperty("count").GetInt32(), t.GetProperty("amount").GetInt64()));
        Assert.Equal((2, 400_000L), totals["VnPay"]);
        Assert.Equal((1, 150_000L), totals["Cash"]);
        Assert.Equal((1, 200_000L), totals["Transfer"]);
        Assert.Equal([pending], report.GetProperty("notPaid").EnumerateArray().Select(r => r.Str("dossierCode")));
        // Received that day with a fee and still unpaid now (the dossier paid the next day is no longer listed).
        Assert.Equal([pending], report.GetProperty("receivedUnpaid").EnumerateArray().Select(r => r.Str("dossierCode")));
        Assert.Equal([cash], report.GetProperty("mismatches").EnumerateArray().Select(r => r.Str("dossierCode")));
        Assert.Equal([twice], report.GetProperty("paidTwice").EnumerateArray().Select(r => r.GetString()));

        var csv = await supervisor.GetAsync("/api/v1/payments/reconciliation?date=2026-08-10&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("txn_ref,dossier_code,method,status,amount_vnd,fee_vnd,amount_mismatch", lines[0], StringComparison.Ordinal);
        Assert.Equal(6, lines.Length);
        Assert.Contains(lines, l => l.Contains($",{cash},Cash,Paid,150000,200000,yes,", StringComparison.Ordinal));

        var (status, html) = await (await app.PagesFor(Supervisor)).Page("/can-bo/thanh-toan/doi-soat?ngay=2026-08-10");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(twice, html);
        Assert.Contains("750.000 đ", html.Replace('\u00a0', ' '));
    }

    [Fact]
    public async Task The_reconciliation_refuses_a_bad_date_with_problem_details_and_is_not_for_specialists()
    {
        app.Clock.Set(TestClock.Vn(2026, 8, 11, 9, 0));
        var supervisor = await app.ClientFor(Supervisor);

        var bad = await supervisor.GetAsync("/api/v1/payments/reconciliation?date=11/08/2026");
        var specialist = await (await app.ClientFor(PoliceSpecialist)).GetAsync("/api/v1/payments/reconciliation?date=2026-08-11");

        var problem = await bad.Problem(HttpStatusCode.BadRequest, PaymentErrors.InvalidDate);
        Assert.True(problem.GetProperty("errors").TryGetProperty("date", out _));
        Assert.Equal(HttpStatusCode.Forbidden, specialist.StatusCode);
    }
}

public sealed class CounterAndReconciliationOnSqlite(PaymentsSqliteApp app) : CounterAndReconciliationTests<PaymentsSqliteApp>(app);

public sealed class CounterAndReconciliationOnPostgres(PaymentsPostgresApp app) : CounterAndReconciliationTests<PaymentsPostgresApp>(app);

public sealed class OnlinePaymentOff(NoMerchantApp app) : IClassFixture<NoMerchantApp>
{
    [Fact]
    public async Task Without_a_merchant_the_pay_button_is_not_shown_and_notifications_are_refused()
    {
        app.Clock.Set(TestClock.Vn(2026, 8, 12, 9, 0));
        var code = (await (await app.ClientFor(Reception)).Intake(JudicialRecordIntake(phone: "0912345678"))).Str("code");
        using var browser = app.CreateClient();

        var html = WebUtility.HtmlDecode(await browser.GetStringAsync($"/thanh-toan?ma={code}&xm=5678"));
        var ipn = await browser.IpnAsync(TestGateway.Query(TestGateway.Notification("MC1", 200_000)));

        Assert.Contains("Thanh toán trực tuyến chưa được bật", html);
        Assert.DoesNotContain("/thanh-toan/vnpay", html);
        Assert.Equal("97", ipn.RspCode);
    }
}
