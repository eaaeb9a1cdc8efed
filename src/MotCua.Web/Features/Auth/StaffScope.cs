using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using MotCua.Web.Data;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Auth;

/// <summary>
/// Who is acting and for which agencies: the agencies a staff member is assigned to and every unit below them.
/// Every query and action on dossiers goes through it (ARCHITECTURE.md decision 10).
/// </summary>
public sealed class StaffScope(IHttpContextAccessor http, MotCuaDb db, OrganisationCache organisation, IMemoryCache memory)
{
    private Loaded? loaded;

    public sealed record Loaded(string UserId, string FullName, IReadOnlySet<string> Roles, IReadOnlySet<int> Agencies, IReadOnlyList<int> DirectAgencies);

    private sealed record Assignment(string FullName, IReadOnlyList<int> DirectAgencies);

    public string? UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<Loaded?> LoadAsync(CancellationToken ct = default)
    {
        if (loaded is not null)
        {
            return loaded;
        }
        var user = http.HttpContext?.User;
        var id = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (user is null || id is null)
        {
            return null;
        }
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        // Roles come from the token; the agency assignment is read per request but kept briefly, as reference data is
        // (a reassignment takes effect within ReferenceCache.MaxAge): it was two of the intake's queries.
        var assignment = await memory.GetOrCreateAsync(("staff-assignment", id), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = ReferenceCache<OrganisationTree>.MaxAge;
            var direct = await db.StaffAgencies.Where(s => s.UserId == id).Select(s => s.AgencyId).ToListAsync(ct);
            var name = await db.Users.Where(u => u.Id == id).Select(u => u.FullName).FirstOrDefaultAsync(ct) ?? "";
            return new Assignment(name, direct);
        });
        var tree = await organisation.GetAsync(ct);
        loaded = new Loaded(id, assignment!.FullName, roles, tree.WithDescendants(assignment.DirectAgencies), assignment.DirectAgencies);
        return loaded;
    }

    /// <summary>Province-wide readers: the administrator and the center supervisor see every dossier.</summary>
    public static bool SeesEverything(Loaded s) =>
        s.Roles.Contains(StaffRoles.Administrator) || s.Roles.Contains(StaffRoles.CenterSupervisor);

    public static bool ActsFor(Loaded s, int agencyId) => s.Agencies.Contains(agencyId);

    public static bool Has(Loaded s, string role) => s.Roles.Contains(role);
}
