using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Catalogue;

/// <summary>The procedure catalogue with each procedure's document components and internal process, by code.</summary>
public sealed class ProcedureCache(IServiceScopeFactory scopes) : ReferenceCache<IReadOnlyDictionary<string, Procedure>>(scopes)
{
    protected override async Task<IReadOnlyDictionary<string, Procedure>> LoadAsync(MotCuaDb db, CancellationToken ct) =>
        (await db.Procedures.AsNoTracking().Include(p => p.Steps.OrderBy(s => s.Order)).Include(p => p.Documents.OrderBy(d => d.Id)).AsSplitQuery()
            .ToListAsync(ct))
            .ToDictionary(p => p.Code);

    /// <summary>A procedure by code; a code not in the cached catalogue reloads it once (a procedure just published).</summary>
    public async Task<Procedure?> FindAsync(string code, CancellationToken ct)
    {
        var catalogue = await GetAsync(ct);
        if (catalogue.TryGetValue(code, out var procedure))
        {
            return procedure;
        }
        return (await ReloadAsync(catalogue, ct)).GetValueOrDefault(code);
    }
}
