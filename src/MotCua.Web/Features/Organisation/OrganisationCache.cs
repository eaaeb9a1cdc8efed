using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Organisation;

/// <summary>Every agency of the province (a few hundred rows), by code and as a tree, for scopes and intake placement.</summary>
public sealed class OrganisationTree
{
    private readonly ILookup<int, int> children;

    public OrganisationTree(IReadOnlyList<Agency> agencies)
    {
        All = agencies;
        ByCode = agencies.ToDictionary(a => a.Code);
        IdsByCode = agencies.ToDictionary(a => a.Code, a => a.Id);
        children = agencies.Where(a => a.ParentId is not null).ToLookup(a => a.ParentId!.Value, a => a.Id);
    }

    public IReadOnlyList<Agency> All { get; }
    public IReadOnlyDictionary<string, Agency> ByCode { get; }
    public IReadOnlyDictionary<string, int> IdsByCode { get; }

    /// <summary>The given agencies and every unit below them.</summary>
    public IReadOnlySet<int> WithDescendants(IEnumerable<int> roots)
    {
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

public sealed class OrganisationCache(IServiceScopeFactory scopes) : ReferenceCache<OrganisationTree>(scopes)
{
    protected override async Task<OrganisationTree> LoadAsync(MotCuaDb db, CancellationToken ct) =>
        new(await db.Agencies.AsNoTracking().ToListAsync(ct));
}
