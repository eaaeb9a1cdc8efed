using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Desk;

/// <summary>
/// The applicant's identity number, phone and e-mail are personal data, processed only as far as the task needs them
/// (Decree 13/2023/NĐ-CP, data minimisation). They are shown in full to the officers who deal with the applicant or
/// decide the dossier now: the reception officers of the receiving point, the officers holding or leading the current
/// step, and the leaders of the competent agency. Everyone else who may read the dossier sees the last four digits.
/// </summary>
public static class ApplicantMasking
{
    public const char Dot = '•';

    public sealed record Applicant(string Name, string? IdNumber, string? Phone, string? Email, string? Address, bool Masked);

    public static bool SeesContact(StaffScope.Loaded staff, Dossier d)
    {
        if (StaffScope.Has(staff, StaffRoles.ReceptionOfficer) && StaffScope.ActsFor(staff, d.ReceivingPointId))
        {
            return true;
        }
        var leader = StaffScope.Has(staff, StaffRoles.UnitLeader);
        if (leader && StaffScope.ActsFor(staff, d.CompetentAgencyId))
        {
            return true;
        }
        var step = d.Steps.FirstOrDefault(s => s.Index == d.CurrentStep);
        if (step is null || !StaffScope.ActsFor(staff, step.AgencyId))
        {
            return false;
        }
        // Holding the step: its role, and either nobody or this officer assigned to it.
        var holds = StaffScope.Has(staff, step.Role) && (step.AssignedToId is null || step.AssignedToId == staff.UserId);
        return holds || leader;
    }

    public static Applicant For(StaffScope.Loaded staff, Dossier d) => SeesContact(staff, d)
        ? new(d.ApplicantName, d.ApplicantIdNumber, d.ApplicantPhone, d.ApplicantEmail, d.ApplicantAddress, Masked: false)
        : new(d.ApplicantName, IdNumber(d.ApplicantIdNumber), Phone(d.ApplicantPhone), Email(d.ApplicantEmail), d.ApplicantAddress, Masked: true);

    /// <summary>075090001234 → ••••••••1234: the length stays, so a 9-digit old ID card still looks like one.</summary>
    public static string? IdNumber(string? value) =>
        string.IsNullOrEmpty(value) ? value : value.Length <= 4 ? new string(Dot, value.Length) : new string(Dot, value.Length - 4) + value[^4..];

    /// <summary>0912345678 → ••••5678: enough to recognise the number the applicant gave, not to call it.</summary>
    public static string? Phone(string? value) =>
        string.IsNullOrEmpty(value) ? value : new string(Dot, 4) + (value.Length <= 4 ? "" : value[^4..]);

    /// <summary>an@example.vn → a•••@example.vn.</summary>
    public static string? Email(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? new string(Dot, 4) : value[0] + new string(Dot, 3) + value[at..];
    }
}
