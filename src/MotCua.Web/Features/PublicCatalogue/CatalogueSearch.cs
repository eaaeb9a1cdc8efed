using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Text;
using MotCua.Web.Data;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.PublicCatalogue;

/// <summary>The filters of the public catalogue, as the GET form sends them.</summary>
public sealed record CatalogueFilter(string? Query, string? Field, string? Agency, string? Level, string? Online, int Page)
{
    public const int PageSize = 20;
}

public sealed record CatalogueEntry(string Code, string Name, string Field, string? CompetentAgency, AgencyLevel Level, decimal TimeAmount,
    MotCua.Domain.Calendar.TimeUnit TimeUnit, OnlineLevel OnlineLevel, bool BoundaryFree);

public sealed record CatalogueOption(string Value, string Name);

public sealed record CatalogueResult(IReadOnlyList<CatalogueEntry> Items, int Total, int Page, int Pages,
    IReadOnlyList<CatalogueOption> Fields, IReadOnlyList<CatalogueOption> Agencies);

/// <summary>
/// The catalogue as the public reads it: procedures in force today, searched by name or code without diacritics (the
/// same folded key as the counter's search), filtered by field, competent agency, level and online level. It filters the
/// cached catalogue in memory — a province publishes a few thousand procedures at most — so SQLite and PostgreSQL answer alike.
/// </summary>
public sealed class CatalogueSearch(ProcedureCache procedures, OrganisationCache organisation, MotCuaDb db, TimeProvider clock)
{
    public async Task<CatalogueResult> SearchAsync(CatalogueFilter filter, bool english, CancellationToken ct = default)
    {
        var today = VietnamTime.LocalDate(clock.GetUtcNow());
        var tree = await organisation.GetAsync(ct);
        var fieldNames = await FieldNamesAsync(english, ct);
        var inForce = (await procedures.GetAsync(ct)).Values
            .Where(p => p.EffectiveFrom <= today && (p.EffectiveTo is null || today <= p.EffectiveTo))
            .ToList();

        var found = inForce.Matching(filter.Query);
        if (!string.IsNullOrEmpty(filter.Field))
        {
            found = found.Where(p => p.FieldCode == filter.Field);
        }
        if (!string.IsNullOrEmpty(filter.Agency))
        {
            var agencyId = tree.IdsByCode.GetValueOrDefault(filter.Agency, -1);
            found = found.Where(p => p.CompetentAgencyId == agencyId);
        }
        if (Enum.TryParse<AgencyLevel>(filter.Level, ignoreCase: true, out var level))
        {
            found = found.Where(p => p.Level == level);
        }
        found = filter.Online switch
        {
            "full" => found.Where(p => p.OnlineLevel == OnlineLevel.Full),
            "online" => found.Where(p => p.OnlineLevel != OnlineLevel.None),
            _ => found,
        };

        string? AgencyName(int? id) => id is null ? null : tree.All.FirstOrDefault(a => a.Id == id)?.LocalName(english);
        var folded = VietnameseText.Fold(filter.Query);
        var all = found
            // A code typed exactly comes first; then by name, as the national database lists them.
            .OrderBy(p => p.Code == folded ? 0 : 1).ThenBy(p => english ? p.NameEn : p.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false))
            .ToList();
        var pages = Math.Max(1, (all.Count + CatalogueFilter.PageSize - 1) / CatalogueFilter.PageSize);
        var page = Math.Clamp(filter.Page, 1, pages);
        var items = all.Skip((page - 1) * CatalogueFilter.PageSize).Take(CatalogueFilter.PageSize)
            .Select(p => new CatalogueEntry(p.Code, english ? p.NameEn : p.Name, fieldNames.GetValueOrDefault(p.FieldCode, p.FieldCode),
                AgencyName(p.CompetentAgencyId), p.Level, p.TimeAmount, p.TimeUnit, p.OnlineLevel, p.BoundaryFree))
            .ToList();

        var fields = inForce.Select(p => p.FieldCode).Distinct()
            .Select(c => new CatalogueOption(c, fieldNames.GetValueOrDefault(c, c))).OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
        var agencies = inForce.Where(p => p.CompetentAgencyId is not null).Select(p => p.CompetentAgencyId!.Value).Distinct()
            .Select(id => tree.All.FirstOrDefault(a => a.Id == id)).OfType<Agency>()
            .Select(a => new CatalogueOption(a.Code, a.LocalName(english))).OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
        return new CatalogueResult(items, all.Count, page, pages, fields, agencies);
    }

    public async Task<IReadOnlyDictionary<string, string>> FieldNamesAsync(bool english, CancellationToken ct = default) =>
        await db.Fields.AsNoTracking().ToDictionaryAsync(f => f.Code, f => english ? f.NameEn : f.Name, ct);
}
