using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Web.Data;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.PublicCatalogue;

/// <summary>Everything the public page of one procedure shows, in the reader's language.</summary>
public sealed record ProcedureSheet(Procedure Procedure, string Name, string FieldName, string? CompetentAgency,
    IReadOnlyList<ProcedureSheet.Point> Points, IReadOnlyList<ProcedureSheet.StepLine> Steps)
{
    public sealed record Point(string Name, string? Address, string? Phone, IReadOnlyList<string> Counters);

    public sealed record StepLine(int Order, string Name, string Unit, decimal Allotment);

    /// <summary>The procedure in force by code with its fees, documents and process; null when there is none.</summary>
    public static async Task<ProcedureSheet?> LoadAsync(MotCuaDb db, OrganisationCache organisation, string code, DateTimeOffset now, bool english,
        CancellationToken ct = default)
    {
        var today = VietnamTime.LocalDate(now);
        var p = await db.Procedures.AsNoTracking().Include(x => x.Fees).Include(x => x.Documents).Include(x => x.Steps)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Code == code, ct);
        if (p is null || p.EffectiveFrom > today || (p.EffectiveTo is { } end && today > end))
        {
            return null;
        }
        var tree = await organisation.GetAsync(ct);
        var field = await db.Fields.AsNoTracking().Where(f => f.Code == p.FieldCode).Select(f => english ? f.NameEn : f.Name).FirstOrDefaultAsync(ct);
        var competent = p.CompetentAgencyId is { } id ? tree.All.FirstOrDefault(a => a.Id == id) : null;

        // Where to submit follows the intake rules (IntakePlacement): a boundary-free procedure at any one-stop of the
        // province (Decree 118/2025), otherwise at the one-stops of its competent level.
        var points = tree.All.Where(a => a.IsReceptionPoint && a.IsEffectiveOn(today))
            .Where(a => p.BoundaryFree || (p.Level == AgencyLevel.Province
                ? a.Kind is AgencyKind.ProvincialCenter or AgencyKind.Branch
                : a.Kind == AgencyKind.Commune))
            .OrderBy(a => a.Kind).ThenBy(a => a.Code, StringComparer.Ordinal)
            .ToList();
        var pointIds = points.Select(a => a.Id).ToList();
        var counters = (await db.Counters.AsNoTracking().Where(c => pointIds.Contains(c.ReceptionPointId)).ToListAsync(ct))
            .Where(c => c.Fields.Split(',', StringSplitOptions.TrimEntries).Contains(p.FieldCode))
            .ToLookup(c => c.ReceptionPointId);

        string UnitName(string unit) => unit switch
        {
            StepUnits.Receiving => "@receiving",
            StepUnits.Competent => competent?.LocalName(english) ?? "@commune",
            var agencyCode => tree.ByCode.TryGetValue(agencyCode, out var a) ? a.LocalName(english) : agencyCode,
        };

        return new ProcedureSheet(p, english ? p.NameEn : p.Name, field ?? p.FieldCode, competent?.LocalName(english),
            points.Select(a => new Point(a.LocalName(english), a.Address, a.Phone,
                counters[a.Id].OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => english ? c.NameEn : c.Name).ToList())).ToList(),
            p.Steps.OrderBy(s => s.Order).Select(s => new StepLine(s.Order, english ? s.NameEn : s.Name, UnitName(s.Unit), s.Allotment)).ToList());
    }
}
