using MotCua.Domain.Statistics;

namespace MotCua.Domain.Tests.Statistics;

public class Index766RankingTests
{
    [Fact]
    public void Units_with_the_same_shown_total_share_a_rank_and_the_next_rank_counts_the_units_above()
    {
        var totals = new (string Unit, decimal Total)[]
        {
            ("A", 88.5m), ("B", 92.204m), ("C", 92.2m), ("D", 95m), ("E", 88.5m), ("F", 70m),
        };

        var ranked = Index766Ranking.Rank(totals, t => t.Total).Select(r => $"{r.Item.Unit}{r.Rank}");

        // B (92.204) and C (92.2) are both shown as 92.20: same rank, in the given order.
        Assert.Equal(["D1", "B2", "C2", "A4", "E4", "F6"], ranked);
    }

    [Fact]
    public void Different_shown_totals_get_different_ranks()
    {
        var ranked = Index766Ranking.Rank(new[] { 92.21m, 92.2m }, t => t);

        Assert.Equal([1, 2], ranked.Select(r => r.Rank));
    }

    [Fact]
    public void No_units_no_ranks()
    {
        Assert.Empty(Index766Ranking.Rank(Array.Empty<decimal>(), t => t));
    }
}
