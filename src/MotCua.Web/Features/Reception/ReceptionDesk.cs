using MotCua.Domain;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Reception;

/// <summary>
/// The reception points an officer receives at: the ones they are assigned to first (the default, as intake placement
/// does), then the branches below them they may also act for.
/// </summary>
public sealed record ReceptionDesk(IReadOnlyList<Agency> Points, Agency? Default, IReadOnlyList<Agency> Own, IReadOnlyList<Agency> Communes)
{
    public static async Task<ReceptionDesk> LoadAsync(OrganisationCache organisation, StaffScope.Loaded staff, DateTimeOffset now, CancellationToken ct)
    {
        var tree = await organisation.GetAsync(ct);
        var today = VietnamTime.LocalDate(now);
        var points = tree.All
            .Where(a => a.IsReceptionPoint && staff.Agencies.Contains(a.Id) && a.IsEffectiveOn(today))
            .OrderBy(a => staff.DirectAgencies.Contains(a.Id) ? 0 : 1).ThenBy(a => a.Code, StringComparer.Ordinal)
            .ToList();
        var own = points.Where(a => staff.DirectAgencies.Contains(a.Id)).ToList();
        var communes = tree.All.Where(a => a.Kind == AgencyKind.Commune && a.IsEffectiveOn(today)).OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        return new(points, own.FirstOrDefault() ?? points.FirstOrDefault(), own.Count > 0 ? own : points, communes);
    }
}
