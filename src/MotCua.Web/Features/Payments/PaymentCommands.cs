using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Audit;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Payments;

/// <summary>Starting an online payment for an applicant, and recording a cash or transfer payment at the counter.</summary>
public sealed class PaymentCommands(MotCuaDb db, VnPayGateway gateway, StaffScope scope, TimeProvider clock)
{
    public sealed record Started(Payment? Payment, string? PayUrl, string? Error);

    /// <summary>A Pending payment of the full fee and the signed gateway URL; the proof is the code plus the phone's last 4 digits.</summary>
    public async Task<Started> StartOnlineAsync(string? code, string? verify, bool english, HttpRequest request, CancellationToken ct)
    {
        if (!gateway.Enabled)
        {
            return new(null, null, PaymentErrors.OnlineOff);
        }
        var owed = await PaymentFees.ForApplicantAsync(db, code?.Trim(), verify?.Trim(), english, ct);
        if (Refusal(owed) is { } error)
        {
            return new(null, null, error);
        }
        var payment = new Payment
        {
            DossierId = owed!.DossierId,
            Amount = owed.Total,
            Method = PaymentMethod.VnPay,
            Status = PaymentStatus.Pending,
            TxnRef = NewTxnRef(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Add(payment);
        await db.SaveChangesAsync(ct);
        // Vietnamese without diacritics: VNPay asks for plain ASCII order information.
        var info = $"Thanh toan phi le phi ho so {owed.Code}";
        return new(payment, gateway.BuildPayUrl(payment, info, english, request), null);
    }

    public sealed record CounterInput(string? Code, string? Method, string? Amount, string? Reference, string? FormToken);

    public sealed record Recorded(Payment? Payment, string? Error, bool Repeated = false);

    /// <summary>
    /// A reception officer of the dossier's receiving point records money taken at the counter. The form's one-time
    /// token is the payment's TxnRef: a form posted twice records once.
    /// </summary>
    public async Task<Recorded> RecordAtCounterAsync(CounterInput input, CancellationToken ct)
    {
        var staff = await scope.LoadAsync(ct);
        if (staff is null)
        {
            return new(null, PaymentErrors.NotAllowed);
        }
        var code = input.Code?.Trim();
        var dossier = string.IsNullOrEmpty(code) ? null : await db.Dossiers.FirstOrDefaultAsync(d => d.Code == code, ct);
        if (dossier is null)
        {
            return new(null, PaymentErrors.NotFound);
        }
        if (!MayRecord(staff, dossier.ReceivingPointId))
        {
            return new(null, PaymentErrors.NotAllowed);
        }
        if (!Enum.TryParse<PaymentMethod>(input.Method, ignoreCase: true, out var method) || method == PaymentMethod.VnPay)
        {
            return new(null, PaymentErrors.InvalidMethod);
        }
        if (!long.TryParse(input.Amount?.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim(),
                System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var amount)
            || amount <= 0 || amount > 10_000_000_000)
        {
            return new(null, PaymentErrors.InvalidAmount);
        }
        var reference = string.IsNullOrWhiteSpace(input.Reference) ? null : input.Reference.Trim();
        if (method == PaymentMethod.Transfer && reference is null)
        {
            return new(null, PaymentErrors.ReferenceRequired);
        }
        var txnRef = input.FormToken is { Length: >= 16 and <= 40 } token && token.All(char.IsAsciiLetterOrDigit) ? "Q" + token : NewTxnRef();
        if (await db.Set<Payment>().AsNoTracking().FirstOrDefaultAsync(p => p.TxnRef == txnRef, ct) is { } same)
        {
            return new(same, null, Repeated: true);
        }
        var owed = await PaymentFees.ForCodeAsync(db, code!, english: false, ct);
        if (Refusal(owed) is { } error)
        {
            return new(null, error);
        }
        var now = clock.GetUtcNow();
        var payment = new Payment
        {
            DossierId = dossier.Id,
            Amount = amount,
            Method = method,
            Status = PaymentStatus.Paid,
            TxnRef = txnRef,
            Reference = reference is { Length: > 100 } ? reference[..100] : reference,
            CreatedAt = now,
            ConfirmedAt = now,
            PaidAt = now,
            RecordedById = staff.UserId,
        };
        db.Add(payment);
        PaymentSettlement.RecordPaid(dossier, payment, new AuditChain.Actor(staff.UserId, staff.FullName), now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            // The same form got there first (its token is taken), or the dossier moved meanwhile: say which.
            return await db.Set<Payment>().AsNoTracking().FirstOrDefaultAsync(p => p.TxnRef == txnRef, ct) is { } first
                ? new(first, null, Repeated: true)
                : new(null, Infrastructure.ErrorCodes.ConcurrencyConflict);
        }
        return new(payment, null);
    }

    /// <summary>Reception officers of the receiving point take money there; administrators may correct any point.</summary>
    public static bool MayRecord(StaffScope.Loaded staff, int receivingPointId) =>
        StaffScope.Has(staff, StaffRoles.Administrator)
        || (StaffScope.Has(staff, StaffRoles.ReceptionOfficer) && StaffScope.ActsFor(staff, receivingPointId));

    private static string? Refusal(PaymentFees.DossierPayments? owed) => owed switch
    {
        null => PaymentErrors.NotFound,
        { Ended: true } => PaymentErrors.NotPayable,
        { NeedsPayment: false } => PaymentErrors.NoFee,
        { Paid: not null } => PaymentErrors.AlreadyPaid,
        _ => null,
    };

    /// <summary>An order reference VNPay accepts (alphanumeric) and nobody can guess.</summary>
    public static string NewTxnRef() => "MC" + Convert.ToHexString(RandomNumberGenerator.GetBytes(10));
}
