using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Web.Data;
using MotCua.Web.Features.Audit;

namespace MotCua.Web.Features.Payments;

/// <summary>
/// VNPay's Instant Payment Notification: the gateway calls it server to server, and it alone settles an online payment.
/// The checks run in the documented order — checksum (97), order (01), amount (04), not yet settled (02) — and the reply
/// is always HTTP 200 with <c>{"RspCode","Message"}</c>; the gateway retries on anything but 00 and 02. A failed or
/// cancelled payment is recorded and still answered 00: the notification was received.
/// </summary>
public sealed class VnPayIpn(MotCuaDb db, IOptions<VnPayOptions> options, TimeProvider clock, ILogger<VnPayIpn> log)
{
    public sealed record Reply(string RspCode, string Message);

    public static readonly Reply Confirmed = new("00", "Confirm Success");
    public static readonly Reply OrderNotFound = new("01", "Order not found");
    public static readonly Reply AlreadyConfirmed = new("02", "Order already confirmed");
    public static readonly Reply InvalidAmount = new("04", "Invalid amount");
    public static readonly Reply InvalidSignature = new("97", "Invalid signature");
    public static readonly Reply Unknown = new("99", "Unknown error");

    /// <summary>Customer cancelled at the gateway (vnp_ResponseCode 24).</summary>
    private const string CustomerCancelled = "24";

    public async Task<Reply> HandleAsync(IQueryCollection query, CancellationToken ct)
    {
        if (!VnPaySignature.Verify(VnPaySignature.Fields(query), options.Value.HashSecret))
        {
            log.LogWarning("VNPay IPN with an invalid checksum for {TxnRef}", query["vnp_TxnRef"].ToString());
            return InvalidSignature;
        }
        var txnRef = query["vnp_TxnRef"].ToString();
        var amount = VnPayGateway.FromGatewayAmount(query["vnp_Amount"]);
        var responseCode = query["vnp_ResponseCode"].ToString();
        var transactionStatus = query["vnp_TransactionStatus"].ToString();
        // Two identical notifications at once: one commits, the other's save fails on the version and it looks again.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            db.ChangeTracker.Clear();
            var payment = await db.Set<Payment>().FirstOrDefaultAsync(p => p.TxnRef == txnRef && p.Method == PaymentMethod.VnPay, ct);
            if (payment is null)
            {
                return OrderNotFound;
            }
            if (amount != payment.Amount)
            {
                log.LogWarning("VNPay IPN for {TxnRef}: amount {Amount} instead of {Expected}", txnRef, query["vnp_Amount"].ToString(), payment.Amount);
                return InvalidAmount;
            }
            if (payment.Status != PaymentStatus.Pending)
            {
                return AlreadyConfirmed;
            }
            var now = clock.GetUtcNow();
            var paid = responseCode == "00" && transactionStatus == "00";
            payment.Status = paid ? PaymentStatus.Paid : responseCode == CustomerCancelled ? PaymentStatus.Cancelled : PaymentStatus.Failed;
            payment.ResponseCode = Clip(responseCode, 4);
            payment.TransactionStatus = Clip(transactionStatus, 4);
            payment.GatewayTransactionNo = Clip(query["vnp_TransactionNo"].ToString(), 64);
            payment.BankCode = Clip(query["vnp_BankCode"].ToString(), 20);
            payment.PaidAt = paid ? VnPayGateway.ParseGatewayTime(query["vnp_PayDate"]) ?? now : null;
            payment.ConfirmedAt = now;
            payment.Version++;
            if (paid)
            {
                var dossier = await db.Dossiers.FirstAsync(d => d.Id == payment.DossierId, ct);
                PaymentSettlement.RecordPaid(dossier, payment, new AuditChain.Actor(null, "VNPay"), now);
            }
            try
            {
                await db.SaveChangesAsync(ct);
                log.LogInformation("VNPay IPN settled {TxnRef} as {Status}", txnRef, payment.Status);
                return Confirmed;
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(e))
            {
                log.LogInformation("VNPay IPN for {TxnRef} lost a race (attempt {Attempt}); looking again", txnRef, attempt + 1);
            }
        }
        return Unknown;
    }

    private static string? Clip(string value, int max) => string.IsNullOrEmpty(value) ? null : value.Length <= max ? value : value[..max];
}
