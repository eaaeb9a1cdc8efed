using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Feedback;

/// <summary>Feedback figures for the statistics and Decision 766 indicators 5.2 (handled on time) and 5.3 (satisfaction with answers).</summary>
public sealed class FeedbackStatistics(MotCuaDb db, TimeProvider clock)
{
    public sealed record Summary(int Received, int AnsweredOnTime, int AnsweredLate, int RefusedOnTime, int RefusedLate,
        int OpenOverdue, int Likes, int Dislikes, int Disliked)
    {
        public int Handled => AnsweredOnTime + AnsweredLate + RefusedOnTime + RefusedLate;

        /// <summary>5.2: handled within their deadlines over all received (open overdue ones count against).</summary>
        public decimal? OnTimeRatio => Received == 0 ? null : (decimal)(AnsweredOnTime + RefusedOnTime) / Received;

        /// <summary>5.3: (feedback − disliked answers − handled late) / feedback, "disliked" meaning more dislikes than likes.</summary>
        public decimal? SatisfactionRatio => Received == 0 ? null
            : Math.Max(0m, (decimal)(Received - Disliked - AnsweredLate - RefusedLate - OpenOverdue) / Received);
    }

    /// <summary>Feedback received in [from, to) handled by the agencies (null: all).</summary>
    public async Task<Summary> SummaryAsync(IReadOnlyCollection<int>? agencies, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var cases = db.Set<FeedbackCase>().AsNoTracking().Where(f => f.ReceivedAt >= from && f.ReceivedAt < to);
        if (agencies is not null)
        {
            cases = cases.Where(f => f.AgencyId != null && agencies.Contains(f.AgencyId.Value));
        }
        var rows = await cases.Select(f => new
        {
            f.Status, f.AnsweredAt, f.ResolveDueAt, f.RefusedAt, f.RefuseDueAt,
            Likes = db.Set<FeedbackVote>().Count(v => v.FeedbackCaseId == f.Id && v.Like),
            Dislikes = db.Set<FeedbackVote>().Count(v => v.FeedbackCaseId == f.Id && !v.Like),
        }).ToListAsync(ct);
        return new(
            Received: rows.Count,
            AnsweredOnTime: rows.Count(r => r.AnsweredAt is { } a && a <= r.ResolveDueAt),
            AnsweredLate: rows.Count(r => r.AnsweredAt is { } a && a > r.ResolveDueAt),
            RefusedOnTime: rows.Count(r => r.RefusedAt is { } a && a <= r.RefuseDueAt),
            RefusedLate: rows.Count(r => r.RefusedAt is { } a && a > r.RefuseDueAt),
            // Still open past the date to resolve: late whatever happens next.
            OpenOverdue: rows.Count(r => r.Status is FeedbackStatus.Received or FeedbackStatus.InProgress && now > r.ResolveDueAt),
            Likes: rows.Sum(r => r.Likes),
            Dislikes: rows.Sum(r => r.Dislikes),
            Disliked: rows.Count(r => r.Dislikes > r.Likes));
    }
}
