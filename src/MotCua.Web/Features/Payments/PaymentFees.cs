using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Payments;

/// <summary>What a dossier owes (the procedure's fees and charges, summed) and what has been paid against it.</summary>
public static class PaymentFees
{
    public sealed record FeeLine(string Name, long Amount, string? Note);

    public sealed record PaymentView(long Id, string TxnRef, long Amount, PaymentMethod Method, PaymentStatus Status,
        DateTimeOffset CreatedAt, DateTimeOffset? ConfirmedAt, string? Reference, string? GatewayTransactionNo, string? RecordedById);

    public sealed record DossierPayments(long DossierId, string Code, DossierStatus DossierStatus, string ProcedureName,
        IReadOnlyList<FeeLine> Fees, IReadOnlyList<PaymentView> Payments)
    {
        public long Total => Fees.Sum(f => f.Amount);
        /// <summary>A dossier whose procedure has no fee (or a zero fee) needs no payment.</summary>
        public bool NeedsPayment => Total > 0;
        public PaymentView? Paid => Payments.FirstOrDefault(p => p.Status == PaymentStatus.Paid);
        public PaymentView? Latest => Payments.OrderByDescending(p => p.Id).FirstOrDefault();
        /// <summary>Refused, stopped or withdrawn dossiers are not charged (the fee is for a service being given).</summary>
        public bool Ended => DossierStatus is DossierStatus.Refused or DossierStatus.Stopped or DossierStatus.Withdrawn
            or DossierStatus.RefusedAtIntake or DossierStatus.SupplementRequestedAtIntake;
    }

    /// <summary>The dossier by code, or null; the caller has already checked who may see it.</summary>
    public static async Task<DossierPayments?> ForCodeAsync(MotCuaDb db, string code, bool english, CancellationToken ct)
    {
        var d = await db.Dossiers.AsNoTracking().Where(x => x.Code == code)
            .Select(x => new { x.Id, x.Code, x.Status, x.ProcedureId, Name = english ? x.Procedure!.NameEn : x.Procedure!.Name })
            .FirstOrDefaultAsync(ct);
        if (d is null)
        {
            return null;
        }
        var fees = await FeesAsync(db, d.ProcedureId, english, ct);
        var payments = await db.Set<Payment>().AsNoTracking().Where(p => p.DossierId == d.Id).OrderBy(p => p.Id)
            .Select(p => new PaymentView(p.Id, p.TxnRef, p.Amount, p.Method, p.Status, p.CreatedAt, p.ConfirmedAt, p.Reference, p.GatewayTransactionNo, p.RecordedById))
            .ToListAsync(ct);
        return new DossierPayments(d.Id, d.Code!, d.Status, d.Name, fees, payments);
    }

    /// <summary>The dossier by code when the last 4 digits of the applicant's phone match — else null, as for an unknown code.</summary>
    public static async Task<DossierPayments?> ForApplicantAsync(MotCuaDb db, string? code, string? verify, bool english, CancellationToken ct)
    {
        if (verify is null || verify.Length != 4 || !verify.All(char.IsAsciiDigit) || !DossierCode.TryParse(code, out _, out _, out _))
        {
            return null;
        }
        var matches = await db.Dossiers.AsNoTracking()
            .AnyAsync(d => d.Code == code && d.ApplicantPhone != null && d.ApplicantPhone.EndsWith(verify), ct);
        return matches ? await ForCodeAsync(db, code!, english, ct) : null;
    }

    public static Task<List<FeeLine>> FeesAsync(MotCuaDb db, int procedureId, bool english, CancellationToken ct) =>
        db.Set<Catalogue.ProcedureFee>().AsNoTracking().Where(f => f.ProcedureId == procedureId).OrderBy(f => f.Id)
            .Select(f => new FeeLine(english ? f.NameEn : f.Name, f.Amount, f.Note)).ToListAsync(ct);

    /// <summary>The fee total of every procedure (a few dozen rows; summed in memory).</summary>
    public static async Task<Dictionary<int, long>> TotalsByProcedureAsync(MotCuaDb db, CancellationToken ct) =>
        (await db.Set<Catalogue.ProcedureFee>().AsNoTracking().Select(f => new { f.ProcedureId, f.Amount }).ToListAsync(ct))
            .GroupBy(f => f.ProcedureId).ToDictionary(g => g.Key, g => g.Sum(f => f.Amount));
}
