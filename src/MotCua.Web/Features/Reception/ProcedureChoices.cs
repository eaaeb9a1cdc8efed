using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Web.Data;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Reception;

/// <summary>
/// The procedures a reception officer picks from: their own recent ones, the frequent ones at their reception point,
/// then the catalogue, searched by name or code ignoring Vietnamese diacritics and case.
/// </summary>
public static class ProcedureChoices
{
    /// <summary>How far back "frequent at this reception point" looks.</summary>
    public static readonly TimeSpan FrequentWindow = TimeSpan.FromDays(30);

    /// <summary>
    /// How far back "recent" looks: bounded so the query walks the (receiving point, received at) index instead of every
    /// dossier the province ever received.
    /// </summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromDays(90);

    private static readonly StringComparer VietnameseOrder = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), CompareOptions.IgnoreCase);

    /// <summary>Procedures in effect today whose name or code contains every word of the query (all when it is empty).</summary>
    public static async Task<List<Procedure>> SearchAsync(MotCuaDb db, string? query, DateTimeOffset now, CancellationToken ct)
    {
        var q = db.Procedures.AsNoTracking().Include(p => p.Fees).AsQueryable().Matching(query);
        var today = VietnamTime.LocalDate(now);
        var code = query?.Trim() ?? "";
        return (await q.ToListAsync(ct))
            .Where(p => p.EffectiveFrom <= today && (p.EffectiveTo is null || today <= p.EffectiveTo))
            .OrderByDescending(p => p.Code.Equals(code, StringComparison.OrdinalIgnoreCase))
            .ThenBy(p => p.Name, VietnameseOrder)
            .ToList();
    }

    /// <summary>The last distinct procedures this officer received, most recent first.</summary>
    public static async Task<List<int>> RecentAsync(MotCuaDb db, string userId, IReadOnlyCollection<int> points, DateTimeOffset now, int take, CancellationToken ct)
    {
        var since = now - RecentWindow;
        var ids = await db.Dossiers.AsNoTracking()
            .Where(d => points.Contains(d.ReceivingPointId) && d.ReceivedAt >= since && d.ReceivedById == userId)
            .OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Id)
            .Select(d => d.ProcedureId)
            .Take(200)
            .ToListAsync(ct);
        return ids.Distinct().Take(take).ToList();
    }

    /// <summary>The procedures most received at these reception points over the last 30 days, most frequent first.</summary>
    public static async Task<List<int>> FrequentAsync(MotCuaDb db, IReadOnlyCollection<int> points, DateTimeOffset now, int take, CancellationToken ct)
    {
        var since = now - FrequentWindow;
        var counts = await db.Dossiers.AsNoTracking()
            .Where(d => points.Contains(d.ReceivingPointId) && d.ReceivedAt >= since)
            .GroupBy(d => d.ProcedureId)
            .Select(g => new { ProcedureId = g.Key, Count = g.Count() })
            .OrderByDescending(x => x.Count).ThenBy(x => x.ProcedureId)
            .Take(take)
            .ToListAsync(ct);
        return counts.Select(c => c.ProcedureId).ToList();
    }

    /// <summary>
    /// Whether one of these reception points may receive the procedure: a boundary-free one anywhere in the province
    /// (Decree 118/2025), any other only at the one-stop of its competent level (the same rule as intake placement).
    /// </summary>
    public static bool ReceivableAt(Procedure p, IEnumerable<Agency> points) =>
        p.BoundaryFree || points.Any(a => p.Level switch
        {
            AgencyLevel.Province => a.Kind is AgencyKind.ProvincialCenter or AgencyKind.Branch,
            AgencyLevel.Commune => a.Kind == AgencyKind.Commune,
        });
}
