using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Feedback;

namespace MotCua.Web.Features.Ratings;

/// <summary>Satisfaction figures for the statistics and the Decision 766 index.</summary>
public sealed class RatingStatistics(MotCuaDb db, TimeProvider clock)
{
    public sealed record LevelCounts(int VerySatisfied, int Satisfied, int NotSatisfied)
    {
        public int Total => VerySatisfied + Satisfied + NotSatisfied;

        /// <summary>The published "satisfaction" figure: very satisfied and satisfied over all ratings (null without ratings).</summary>
        public decimal? SatisfiedShare => Total == 0 ? null : (decimal)(VerySatisfied + Satisfied) / Total;
    }

    /// <summary>
    /// Indicator 5.4 of Decision 766: 100% − (% overdue dossiers + % dossiers rated not satisfied or with feedback),
    /// over the dossiers of the agencies received in the period; open dossiers are judged at the end of the period.
    /// </summary>
    public sealed record DossierSatisfaction(int Dossiers, int Overdue, int Dissatisfied)
    {
        public decimal? Ratio => Dossiers == 0 ? null : Math.Max(0m, 1m - ((decimal)Overdue / Dossiers) - ((decimal)Dissatisfied / Dossiers));

        /// <summary>Full points at or above the threshold, else proportional (DOMAIN.md, the 766 scoring pattern).</summary>
        public decimal? Score(decimal points, decimal threshold) =>
            Ratio is not { } r ? null : r >= threshold ? points : Math.Round(r * points / threshold, 2);
    }

    /// <summary>Ratings per level given in [from, to) for dossiers of the agencies (null: the whole province).</summary>
    public async Task<LevelCounts> CountsAsync(IReadOnlyCollection<int>? agencies, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        var ratings = db.Set<Rating>().AsNoTracking().Where(r => r.RatedAt >= from && r.RatedAt < to);
        if (agencies is not null)
        {
            ratings = ratings.Where(r => agencies.Contains(r.AgencyId));
        }
        var rows = await ratings.GroupBy(r => r.Level).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(SatisfactionLevel level) => rows.FirstOrDefault(r => r.Key == level)?.Count ?? 0;
        return new(Of(SatisfactionLevel.VerySatisfied), Of(SatisfactionLevel.Satisfied), Of(SatisfactionLevel.NotSatisfied));
    }

    public async Task<DossierSatisfaction> DossierSatisfactionAsync(IReadOnlyCollection<int>? agencies, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var judgedAt = to < now ? to : now;
        var dossiers = db.Dossiers.AsNoTracking().Where(d => d.Code != null && d.ReceivedAt >= from && d.ReceivedAt < to);
        if (agencies is not null)
        {
            dossiers = dossiers.Where(d => agencies.Contains(d.CompetentAgencyId));
        }
        var total = await dossiers.CountAsync(ct);
        var overdue = await dossiers.CountAsync(d => d.DueAt != null
            && ((d.EndedAt != null && d.EndedAt > d.DueAt) || (d.EndedAt == null && d.DueAt < judgedAt)), ct);
        var dissatisfied = await dossiers.CountAsync(d =>
            db.Set<Rating>().Any(r => r.DossierId == d.Id && r.Level == SatisfactionLevel.NotSatisfied)
            || db.Set<FeedbackCase>().Any(f => f.DossierCode == d.Code && f.Status != FeedbackStatus.Refused), ct);
        return new(total, overdue, dissatisfied);
    }
}
