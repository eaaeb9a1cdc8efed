using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Payments;

public enum PaymentMethod { VnPay, Cash, Transfer }

public enum PaymentStatus { Pending, Paid, Failed, Cancelled }

/// <summary>
/// One attempt to pay the fees (phí, lệ phí) of a dossier: online through VNPay, or cash or transfer taken at the
/// counter. An online payment is Pending until the gateway's IPN settles it; the IPN, not the browser's return, is the
/// source of truth, and it settles a payment once only.
/// </summary>
public sealed class Payment
{
    public long Id { get; set; }
    public long DossierId { get; set; }
    /// <summary>In Vietnamese đồng (VNPay's vnp_Amount is this × 100).</summary>
    public long Amount { get; set; }
    public PaymentMethod Method { get; set; }
    public PaymentStatus Status { get; set; }
    /// <summary>The merchant's order reference (vnp_TxnRef); unique, so a repeated counter form cannot record twice.</summary>
    public required string TxnRef { get; set; }
    /// <summary>VNPay's transaction number (vnp_TransactionNo).</summary>
    public string? GatewayTransactionNo { get; set; }
    public string? BankCode { get; set; }
    /// <summary>When the bank says the money moved (vnp_PayDate, GMT+7, stored UTC).</summary>
    public DateTimeOffset? PaidAt { get; set; }
    public string? ResponseCode { get; set; }
    public string? TransactionStatus { get; set; }
    /// <summary>Counter payments: the receipt number (cash) or the bank transfer reference.</summary>
    public string? Reference { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the payment was settled (IPN received or counter payment recorded).</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }
    /// <summary>The reception officer who took a cash or transfer payment.</summary>
    public string? RecordedById { get; set; }
    /// <summary>Optimistic concurrency: two identical IPNs at once settle the payment once.</summary>
    public int Version { get; set; }
}

public sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        var e = builder;
        e.HasIndex(x => x.TxnRef).IsUnique();
        e.HasIndex(x => new { x.DossierId, x.Status });
        e.HasIndex(x => x.ConfirmedAt);
        e.HasIndex(x => x.CreatedAt);
        e.Property(x => x.TxnRef).HasMaxLength(64);
        e.Property(x => x.GatewayTransactionNo).HasMaxLength(64);
        e.Property(x => x.BankCode).HasMaxLength(20);
        e.Property(x => x.ResponseCode).HasMaxLength(4);
        e.Property(x => x.TransactionStatus).HasMaxLength(4);
        e.Property(x => x.Reference).HasMaxLength(100);
        e.Property(x => x.RecordedById).HasMaxLength(64);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasOne<Dossier>().WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Restrict);
    }
}

public static class PaymentTopics
{
    /// <summary>A payment was settled as paid (online or at the counter): the applicant gets a receipt notice.</summary>
    public const string Confirmed = "payment.confirmed";
}

/// <summary>Stable error codes of the payment feature (vi/en titles in PaymentText.strings.json as error.&lt;code&gt;).</summary>
public static class PaymentErrors
{
    public const string NotFound = "not-found";
    public const string NoFee = "payment-not-needed";
    public const string AlreadyPaid = "payment-already-paid";
    public const string NotPayable = "payment-dossier-ended";
    public const string OnlineOff = "payment-online-off";
    public const string InvalidAmount = "payment-invalid-amount";
    public const string InvalidMethod = "payment-invalid-method";
    public const string ReferenceRequired = "payment-reference-required";
    public const string InvalidDate = "payment-invalid-date";
    public const string NotAllowed = "payment-not-allowed";

    public static readonly IReadOnlyList<string> All =
        [NotFound, NoFee, AlreadyPaid, NotPayable, OnlineOff, InvalidAmount, InvalidMethod, ReferenceRequired, InvalidDate, NotAllowed];
}
