using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Leader;

/// <summary>
/// What the leader's view covers: a unit leader oversees their agencies and every unit below them; the center
/// supervisor oversees the whole province, as the one-stop center answers for every dossier it receives.
/// </summary>
public sealed record LeaderScope(int[]? Agencies, IReadOnlyList<int> DirectAgencies)
{
    /// <summary>No agency filter: the whole province.</summary>
    public bool IsProvince => Agencies is null;

    /// <summary>Null for anyone who is neither a unit leader nor the center supervisor.</summary>
    public static LeaderScope? For(StaffScope.Loaded? staff)
    {
        if (staff is null)
        {
            return null;
        }
        if (StaffScope.Has(staff, StaffRoles.CenterSupervisor))
        {
            return new(null, staff.DirectAgencies);
        }
        return StaffScope.Has(staff, StaffRoles.UnitLeader) ? new([.. staff.Agencies.Order()], staff.DirectAgencies) : null;
    }

    public bool Covers(int agencyId) => Agencies is null || Agencies.Contains(agencyId);
}
