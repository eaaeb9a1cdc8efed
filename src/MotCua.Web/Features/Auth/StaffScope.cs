using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Auth;

/// <summary>
/// Who is acting and for which agencies: the agencies a staff member is assigned to and every unit below them.
/// Every query and action on dossiers goes through it (ARCHITECTURE.md decision 10).
/// </summary>
public sealed class StaffScope(IHttpContextAccessor http, MotCuaDb db)
{
    private Loaded? loaded;

    public sealed record Loaded(string UserId, string FullName, IReadOnlySet<string> Roles, IReadOnlySet<int> Agencies, IReadOnlyList<int> DirectAgencies);

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
        var direct = await db.StaffAgencies.Where(s => s.UserId == id).Select(s => s.AgencyId).ToListAsync(ct);
        var name = await db.Users.Where(u => u.Id == id).Select(u => u.FullName).FirstOrDefaultAsync(ct) ?? "";
        var all = await OrganisationTree.WithDescendantsAsync(db, direct, ct);
        loaded = new Loaded(id, name, roles, all, direct);
        return loaded;
    }

    /// <summary>Province-wide readers: the administrator and the center supervisor see every dossier.</summary>
    public static bool SeesEverything(Loaded s) =>
        s.Roles.Contains(StaffRoles.Administrator) || s.Roles.Contains(StaffRoles.CenterSupervisor);

    public static bool ActsFor(Loaded s, int agencyId) => s.Agencies.Contains(agencyId);

    public static bool Has(Loaded s, string role) => s.Roles.Contains(role);
}

public static class OrganisationTree
{
    public static async Task<IReadOnlySet<int>> WithDescendantsAsync(MotCuaDb db, IEnumerable<int> roots, CancellationToken ct)
    {
        var parents = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.ParentId }).ToListAsync(ct);
        var children = parents.Where(p => p.ParentId is not null).ToLookup(p => p.ParentId!.Value, p => p.Id);
        var result = new HashSet<int>();
        var stack = new Stack<int>(roots);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (result.Add(id))
            {
                foreach (var child in children[id])
                {
                    stack.Push(child);
                }
            }
        }
        return result;
    }
}
