using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Web.Data;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Payments;

/// <summary>
/// The daily reconciliation (đối soát) of payments against dossiers, for one Vietnam calendar day: what was paid, what is
/// still pending or failed, dossiers received that day with a fee and no payment, amounts that differ from the fee, and
/// dossiers paid more than once (to be refunded). Staff see the receiving points they act for; the center supervisor and
/// the administrator see the province.
/// </summary>
public static class Reconciliation
{
    public static readonly IReadOnlyList<string> Roles = [StaffRoles.CenterSupervisor, StaffRoles.ReceptionOfficer, StaffRoles.Administrator];

    public sealed record Row(string TxnRef, string DossierCode, PaymentMethod Method, PaymentStatus Status, long Amount, long Fee,
        DateTimeOffset CreatedAt, DateTimeOffset? ConfirmedAt, string? GatewayTransactionNo, string? BankCode, string? ResponseCode,
        string? Reference, string? RecordedBy)
    {
        public bool AmountMismatch => Status == PaymentStatus.Paid && Amount != Fee;
    }

    public sealed record Unpaid(string DossierCode, string ProcedureCode, DateTimeOffset ReceivedAt, long Fee);

    public sealed record MethodTotal(PaymentMethod Method, int Count, long Amount);

    public sealed record Report(DateOnly Day, IReadOnlyList<Row> Paid, IReadOnlyList<Row> NotPaid, IReadOnlyList<Unpaid> ReceivedUnpaid,
        IReadOnlyList<Row> Mismatches, IReadOnlyList<string> PaidTwice, IReadOnlyList<MethodTotal> Totals)
    {
        public long PaidTotal => Totals.Sum(t => t.Amount);
    }

    public static bool MaySee(StaffScope.Loaded staff) => Roles.Any(r => StaffScope.Has(staff, r));

    public static async Task<Report> BuildAsync(MotCuaDb db, StaffScope.Loaded staff, DateOnly day, CancellationToken ct)
    {
        // Instants are stored UTC: the Vietnam day becomes a UTC range compared as parameters (both engines translate it).
        var start = VietnamTime.StartOfDay(day);
        var end = VietnamTime.StartOfDay(day.AddDays(1));
        var all = StaffScope.SeesEverything(staff);
        var agencies = staff.Agencies.ToList();
        var dossiers = db.Dossiers.AsNoTracking().Where(d => all || agencies.Contains(d.ReceivingPointId));
        var fees = await PaymentFees.TotalsByProcedureAsync(db, ct);

        var rows = await (from p in db.Set<Payment>().AsNoTracking()
                          join d in dossiers on p.DossierId equals d.Id
                          where (p.ConfirmedAt >= start && p.ConfirmedAt < end) || (p.CreatedAt >= start && p.CreatedAt < end)
                          select new { p, d.Code, d.ProcedureId })
            .ToListAsync(ct);
        var officerIds = rows.Select(r => r.p.RecordedById).OfType<string>().Distinct().ToList();
        var officers = await db.Users.AsNoTracking().Where(u => officerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var allRows = rows.Select(r => new Row(r.p.TxnRef, r.Code ?? "", r.p.Method, r.p.Status, r.p.Amount, fees.GetValueOrDefault(r.ProcedureId),
                r.p.CreatedAt, r.p.ConfirmedAt, r.p.GatewayTransactionNo, r.p.BankCode, r.p.ResponseCode, r.p.Reference,
                r.p.RecordedById is null ? null : officers.GetValueOrDefault(r.p.RecordedById)))
            .OrderBy(r => r.ConfirmedAt ?? r.CreatedAt).ToList();
        var paid = allRows.Where(r => r.Status == PaymentStatus.Paid && r.ConfirmedAt >= start && r.ConfirmedAt < end).ToList();
        var notPaid = allRows.Where(r => r.Status != PaymentStatus.Paid && r.CreatedAt >= start && r.CreatedAt < end).ToList();

        var received = await dossiers.Where(d => d.Code != null && d.ReceivedAt >= start && d.ReceivedAt < end)
            .Select(d => new { d.Id, d.Code, d.ProcedureId, ProcedureCode = d.Procedure!.Code, d.ReceivedAt, d.Status })
            .ToListAsync(ct);
        var withFee = received.Where(d => fees.GetValueOrDefault(d.ProcedureId) > 0).ToList();
        var ids = withFee.Select(d => d.Id).ToList();
        var paidIds = (await db.Set<Payment>().AsNoTracking().Where(p => ids.Contains(p.DossierId) && p.Status == PaymentStatus.Paid)
            .Select(p => p.DossierId).ToListAsync(ct)).ToHashSet();
        var receivedUnpaid = withFee.Where(d => !paidIds.Contains(d.Id))
            .Select(d => new Unpaid(d.Code!, d.ProcedureCode, d.ReceivedAt, fees.GetValueOrDefault(d.ProcedureId)))
            .OrderBy(d => d.ReceivedAt).ToList();

        // Paid more than once: a dossier with a payment settled today and another paid payment on any day.
        var paidToday = paid.Select(r => r.DossierCode).Distinct().ToList();
        var twice = await (from p in db.Set<Payment>().AsNoTracking()
                           join d in db.Dossiers on p.DossierId equals d.Id
                           where p.Status == PaymentStatus.Paid && paidToday.Contains(d.Code!)
                           group p by d.Code into g
                           where g.Count() > 1
                           select g.Key).ToListAsync(ct);

        var totals = paid.GroupBy(r => r.Method).OrderBy(g => g.Key)
            .Select(g => new MethodTotal(g.Key, g.Count(), g.Sum(r => r.Amount))).ToList();
        return new Report(day, paid, notPaid, receivedUnpaid, paid.Where(r => r.AmountMismatch).ToList(),
            twice.OfType<string>().Order(StringComparer.Ordinal).ToList(), totals);
    }

    /// <summary>One line per payment of the day (paid, pending, failed, cancelled), UTF-8 with a BOM so Excel reads Vietnamese.</summary>
    public static byte[] Csv(Report report)
    {
        var sb = new StringBuilder();
        sb.Append("txn_ref,dossier_code,method,status,amount_vnd,fee_vnd,amount_mismatch,created_at,confirmed_at,gateway_transaction_no,bank_code,response_code,reference,recorded_by\r\n");
        foreach (var r in report.Paid.Concat(report.NotPaid).OrderBy(r => r.CreatedAt))
        {
            sb.AppendJoin(',', new[]
            {
                r.TxnRef, r.DossierCode, r.Method.ToString(), r.Status.ToString(), Num(r.Amount), Num(r.Fee), r.AmountMismatch ? "yes" : "no",
                Local(r.CreatedAt), r.ConfirmedAt is { } c ? Local(c) : "", r.GatewayTransactionNo ?? "", r.BankCode ?? "", r.ResponseCode ?? "",
                r.Reference ?? "", r.RecordedBy ?? "",
            }.Select(Field)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    public static bool TryParseDay(string? value, out DateOnly day) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static string Num(long v) => v.ToString(CultureInfo.InvariantCulture);

    private static string Local(DateTimeOffset t) => VietnamTime.ToLocal(t).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    // A cell that starts like a formula is quoted with a leading apostrophe: the file is opened in spreadsheets.
    private static string Field(string v)
    {
        if (v.Length > 0 && "=+-@".Contains(v[0], StringComparison.Ordinal))
        {
            v = "'" + v;
        }
        return v.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
    }
}
