using MotCua.Web.Features.Audit;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Outbox;

namespace MotCua.Web.Features.Payments;

/// <summary>
/// A payment settled as paid is told (outbox) and written into the dossier's hash-chained trail in the same save. The
/// trail's head lives on the dossier row, so the dossier's version moves too: two settlements racing on one dossier
/// cannot both commit, and the loser looks again.
/// </summary>
public static class PaymentSettlement
{
    public const string AuditAction = "payment-confirmed";

    public static void RecordPaid(Dossier dossier, Payment payment, AuditChain.Actor actor, DateTimeOffset now)
    {
        var status = dossier.Status.ToString();
        dossier.Version++;
        AuditChain.Append(dossier, actor, AuditAction, now, status, status, note: null,
            data: new { payment.TxnRef, payment.Amount, method = payment.Method.ToString(), payment.Reference, payment.GatewayTransactionNo });
        OutboxWriter.Add(dossier, PaymentTopics.Confirmed, now,
            new { payment.TxnRef, payment.Amount, method = payment.Method.ToString() });
    }
}
