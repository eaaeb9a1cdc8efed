using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Statistics;

/// <summary>A filter resolved to sets of ids (null = no restriction), so that facts, spans and roll-ups filter alike.</summary>
public sealed record StatScope(IReadOnlySet<int>? Agencies, IReadOnlySet<int>? Procedures)
{
    public static async Task<StatScope> ResolveAsync(MotCuaDb db, OrganisationTree tree, StatFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        IReadOnlySet<int>? agencies = filter.AgencyId is { } root ? tree.WithDescendants([root]) : null;
        if (filter.Level is { } level)
        {
            var ofLevel = tree.All.Where(a => a.Level == level).Select(a => a.Id);
            agencies = (agencies is null ? ofLevel : ofLevel.Where(agencies.Contains)).ToHashSet();
        }
        IReadOnlySet<int>? procedures = null;
        if (filter.FieldCode is { Length: > 0 } field)
        {
            procedures = (await db.Procedures.AsNoTracking().Where(p => p.FieldCode == field).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        }
        if (filter.ProcedureId is { } procedure)
        {
            procedures = procedures is null || procedures.Contains(procedure) ? new HashSet<int> { procedure } : new HashSet<int>();
        }
        return new(agencies, procedures);
    }

    public IQueryable<DossierFact> Apply(IQueryable<DossierFact> facts)
    {
        if (Agencies is { } a)
        {
            var ids = a.ToList();
            facts = facts.Where(f => ids.Contains(f.AgencyId));
        }
        if (Procedures is { } p)
        {
            var ids = p.ToList();
            facts = facts.Where(f => ids.Contains(f.ProcedureId));
        }
        return facts;
    }

    public IQueryable<OpenSpanRow> Apply(IQueryable<OpenSpanRow> spans)
    {
        if (Agencies is { } a)
        {
            var ids = a.ToList();
            spans = spans.Where(f => ids.Contains(f.AgencyId));
        }
        if (Procedures is { } p)
        {
            var ids = p.ToList();
            spans = spans.Where(f => ids.Contains(f.ProcedureId));
        }
        return spans;
    }

    /// <summary>Roll-up rows: each agency's all-procedures row when no procedure is asked for, else the procedures' rows.</summary>
    public IQueryable<DailyStat> Apply(IQueryable<DailyStat> days)
    {
        if (Agencies is { } a)
        {
            var ids = a.ToList();
            days = days.Where(f => ids.Contains(f.AgencyId));
        }
        if (Procedures is { } p)
        {
            var ids = p.ToList();
            days = days.Where(f => ids.Contains(f.ProcedureId));
        }
        else
        {
            days = days.Where(f => f.ProcedureId == RollupCells.AllProcedures);
        }
        return days;
    }
}
