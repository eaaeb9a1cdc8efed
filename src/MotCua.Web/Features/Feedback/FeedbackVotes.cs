using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Feedback;

/// <summary>
/// Like / dislike of a published answer (the national portal's measure of satisfaction with answers, indicator 5.3).
/// One vote per visitor: the visitor is a random id in a cookie, stored only as its hash, and a unique index keeps one
/// vote per id and answer; clearing cookies to vote again is slowed by the per-IP rate limit on public posts.
/// </summary>
public sealed class FeedbackVotes(MotCuaDb db, TimeProvider clock)
{
    public const string CookieName = "motcua_voter";

    public sealed record Tally(int Likes, int Dislikes);

    public static string NewVoterId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public static string HashOf(string voterId) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(voterId)));

    /// <summary>Null when counted; FeedbackErrors.AlreadyVoted for a second vote; NotFound for an answer not published.</summary>
    public async Task<string?> VoteAsync(string trackingCode, string voterId, bool like, CancellationToken ct = default)
    {
        var id = await db.Set<FeedbackCase>().Where(f => f.TrackingCode == trackingCode && f.Status == FeedbackStatus.Published)
            .Select(f => (long?)f.Id).FirstOrDefaultAsync(ct);
        if (id is null) return FeedbackErrors.NotFound;
        var hash = HashOf(voterId);
        if (await db.Set<FeedbackVote>().AnyAsync(v => v.FeedbackCaseId == id && v.VoterHash == hash, ct)) return FeedbackErrors.AlreadyVoted;
        var vote = new FeedbackVote { FeedbackCaseId = id.Value, VoterHash = hash, Like = like, At = clock.GetUtcNow() };
        db.Add(vote);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            db.Entry(vote).State = EntityState.Detached;
            return FeedbackErrors.AlreadyVoted;
        }
        return null;
    }

    public async Task<IReadOnlyDictionary<long, Tally>> TalliesAsync(IReadOnlyCollection<long> ids, CancellationToken ct = default)
    {
        var rows = await db.Set<FeedbackVote>().Where(v => ids.Contains(v.FeedbackCaseId))
            .GroupBy(v => v.FeedbackCaseId)
            .Select(g => new { Id = g.Key, Likes = g.Count(v => v.Like), Dislikes = g.Count(v => !v.Like) })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => new Tally(r.Likes, r.Dislikes));
    }

    /// <summary>The answers this visitor has voted on already (to show the vote, not the buttons).</summary>
    public async Task<IReadOnlyDictionary<long, bool>> VotesOfAsync(string? voterId, IReadOnlyCollection<long> ids, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(voterId)) return new Dictionary<long, bool>();
        var hash = HashOf(voterId);
        return await db.Set<FeedbackVote>().Where(v => v.VoterHash == hash && ids.Contains(v.FeedbackCaseId))
            .ToDictionaryAsync(v => v.FeedbackCaseId, v => v.Like, ct);
    }
}
