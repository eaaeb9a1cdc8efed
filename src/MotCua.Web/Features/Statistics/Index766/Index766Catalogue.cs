using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Statistics.Index766;

/// <summary>A procedure in force during the period, as indicators 3.1 and 3.2 see it.</summary>
public sealed record CatalogueProcedure(int Id, AgencyLevel Level, int? CompetentAgencyId, bool Online);

/// <summary>A procedure that received at least one online dossier in the period, at a competent agency.</summary>
public sealed record OnlineUse(int CompetentAgencyId, int ProcedureId);

/// <summary>
/// Indicators 3.1 (procedures offered online / procedures within competence) and 3.2 (online procedures that received
/// an online dossier / procedures offered online) counted from the catalogue. A unit's procedures: those whose competent
/// agency is the unit or below it; for a commune, also every commune-level procedure (the catalogue leaves their agency
/// empty: each commune is competent for its own dossiers).
/// </summary>
public sealed class Index766Catalogue(IReadOnlyList<CatalogueProcedure> procedures, IReadOnlyList<OnlineUse> used)
{
    public static async Task<Index766Catalogue> LoadAsync(MotCuaDb db, StatPeriod period, CancellationToken ct)
    {
        var rows = await db.Procedures.AsNoTracking()
            .Where(p => p.EffectiveFrom <= period.To && (p.EffectiveTo == null || p.EffectiveTo >= period.From))
            .Select(p => new { p.Id, p.Level, p.CompetentAgencyId, p.OnlineLevel })
            .ToListAsync(ct);
        var start = period.Start;
        var end = period.End;
        var online = await db.Dossiers.AsNoTracking()
            .Where(d => d.Code != null && d.Channel == Channel.Online && d.ReceivedAt >= start && d.ReceivedAt < end)
            .Select(d => new { d.CompetentAgencyId, d.ProcedureId })
            .Distinct()
            .ToListAsync(ct);
        return new(rows.Select(p => new CatalogueProcedure(p.Id, p.Level, p.CompetentAgencyId, p.OnlineLevel != OnlineLevel.None)).ToList(),
            online.Select(o => new OnlineUse(o.CompetentAgencyId, o.ProcedureId)).ToList());
    }

    public CatalogueFigures For(Agency? unit, OrganisationTree tree)
    {
        var below = unit is null ? null : tree.WithDescendants([unit.Id]);
        var mine = procedures.Where(p => below is null
            || (p.CompetentAgencyId is { } agency && below.Contains(agency))
            || (unit!.Kind == AgencyKind.Commune && p.Level == AgencyLevel.Commune && p.CompetentAgencyId is null)).ToList();
        var offered = mine.Where(p => p.Online).Select(p => p.Id).ToHashSet();
        var usedHere = used.Where(u => below is null || below.Contains(u.CompetentAgencyId)).Select(u => u.ProcedureId).ToHashSet();
        return new CatalogueFigures(
            new Ratio(offered.Count, mine.Count),
            new Ratio(offered.Count(usedHere.Contains), offered.Count));
    }
}
