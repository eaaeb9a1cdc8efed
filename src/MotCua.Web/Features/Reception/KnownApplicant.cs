using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Reception;

/// <summary>
/// An applicant who came before, as recorded on their latest dossier, so the officer need not type them again.
/// Personal data is read only from dossiers within the officer's own agencies (ARCHITECTURE.md decision 10).
/// </summary>
public sealed record KnownApplicant(ApplicantKind Kind, string FullName, string IdNumber, string? Phone, string? Email, string? Address,
    string Language, string Reference, DateTimeOffset ReceivedAt, long DossierId)
{
    public static async Task<KnownApplicant?> FindAsync(MotCuaDb db, StaffScope.Loaded staff, string? idNumber, CancellationToken ct)
    {
        var id = idNumber?.Trim() ?? "";
        if (id.Length is < 9 or > 14)
        {
            return null;
        }
        var q = db.Dossiers.AsNoTracking().Where(d => d.ApplicantIdNumber == id);
        if (!StaffScope.SeesEverything(staff))
        {
            var agencies = staff.Agencies.ToList();
            q = q.Where(d => agencies.Contains(d.ReceivingPointId) || agencies.Contains(d.CompetentAgencyId));
        }
        var latest = await q.OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Id)
            .Select(d => new { d.Id, d.Code, d.ApplicantKind, d.ApplicantName, d.ApplicantPhone, d.ApplicantEmail, d.ApplicantAddress, d.ApplicantLanguage, d.ReceivedAt })
            .FirstOrDefaultAsync(ct);
        return latest is null
            ? null
            : new(latest.ApplicantKind, latest.ApplicantName, id, latest.ApplicantPhone, latest.ApplicantEmail, latest.ApplicantAddress,
                latest.ApplicantLanguage, latest.Code ?? DossierReference.ForUnaccepted(latest.Id), latest.ReceivedAt, latest.Id);
    }
}
