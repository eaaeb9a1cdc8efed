using MotCua.Domain;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Where a dossier is received and who decides it. Route by competence, never by the place of submission: a
/// boundary-free procedure may be received at any one-stop of the province (Decree 118/2025); any other only at the
/// one-stop of its competent level.
/// </summary>
public sealed record IntakePlacement(Agency? ReceivingPoint, Agency? CompetentAgency, IReadOnlyDictionary<string, int> AgencyIds, IntakePlacement.Refusal? Problem)
{
    public sealed record Refusal(int Status, string Code);

    /// <param name="staff">The receiving officer, limited to their own points; null for an online submission, where the
    /// applicant names the receiving point and any one-stop the rules allow is open to them.</param>
    public static async Task<IntakePlacement> ResolveAsync(OrganisationCache organisation, StaffScope.Loaded? staff, Procedure procedure, IntakeRequest request, DateTimeOffset now, CancellationToken ct)
    {
        var tree = await organisation.GetAsync(ct);
        if (!string.IsNullOrWhiteSpace(request.ReceivingPointCode) && !tree.ByCode.ContainsKey(request.ReceivingPointCode.Trim()))
        {
            tree = await organisation.ReloadAsync(tree, ct);
        }
        var agencies = tree.All;
        var byCode = tree.ByCode;
        var ids = tree.IdsByCode;
        var today = VietnamTime.LocalDate(now);
        IntakePlacement Fail(int status, string code) => new(null, null, ids, new Refusal(status, code));

        Agency? receiving;
        if (!string.IsNullOrWhiteSpace(request.ReceivingPointCode))
        {
            if (!byCode.TryGetValue(request.ReceivingPointCode.Trim(), out receiving) || !receiving.IsReceptionPoint)
            {
                return Fail(StatusCodes.Status422UnprocessableEntity, "receiving-point-unknown");
            }
            if (staff is not null && !staff.Agencies.Contains(receiving.Id))
            {
                return Fail(StatusCodes.Status403Forbidden, "receiving-point-not-allowed");
            }
        }
        else if (staff is null)
        {
            return Fail(StatusCodes.Status422UnprocessableEntity, "receiving-point-unknown");
        }
        else
        {
            receiving = agencies.FirstOrDefault(a => a.IsReceptionPoint && staff.DirectAgencies.Contains(a.Id));
            if (receiving is null)
            {
                return Fail(StatusCodes.Status403Forbidden, "receiving-point-not-allowed");
            }
        }

        Agency? competent;
        if (procedure.Level == AgencyLevel.Province)
        {
            competent = agencies.FirstOrDefault(a => a.Id == procedure.CompetentAgencyId);
        }
        else if (!string.IsNullOrWhiteSpace(request.CompetentAgencyCode))
        {
            competent = byCode.GetValueOrDefault(request.CompetentAgencyCode.Trim());
            if (competent is null || competent.Kind != AgencyKind.Commune)
            {
                return Fail(StatusCodes.Status422UnprocessableEntity, "competent-agency-unknown");
            }
        }
        else
        {
            competent = receiving.Kind == AgencyKind.Commune ? receiving : null;
        }
        if (competent is null)
        {
            return Fail(StatusCodes.Status422UnprocessableEntity, "competent-agency-required");
        }
        if (!receiving.IsEffectiveOn(today) || !competent.IsEffectiveOn(today))
        {
            return Fail(StatusCodes.Status422UnprocessableEntity, "agency-not-effective");
        }
        if (!procedure.BoundaryFree && !IsCompetentOneStop(receiving, competent, procedure.Level))
        {
            return Fail(StatusCodes.Status422UnprocessableEntity, "receiving-point-not-competent");
        }
        return new(receiving, competent, ids, null);
    }

    private static bool IsCompetentOneStop(Agency receiving, Agency competent, AgencyLevel level) => level switch
    {
        AgencyLevel.Province => receiving.Kind is AgencyKind.ProvincialCenter or AgencyKind.Branch,
        AgencyLevel.Commune => receiving.Id == competent.Id,
    };
}
