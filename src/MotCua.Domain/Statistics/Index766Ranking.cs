namespace MotCua.Domain.Statistics;

/// <summary>
/// Ranks units by total, best first, "1224" style: units with the same total share a rank and the next unit's rank
/// counts all units above it. Totals are compared as shown (two decimals), because two units a reader sees at 92.20
/// must not be told apart by a difference no one can see.
/// </summary>
public static class Index766Ranking
{
    /// <returns>The items, best first (ties keep their given order), each with its rank.</returns>
    public static IReadOnlyList<(T Item, int Rank)> Rank<T>(IEnumerable<T> items, Func<T, decimal> total)
    {
        var ordered = items.Select((item, index) => (Item: item, Shown: ThresholdScore.Display(total(item)), Index: index))
            .OrderByDescending(x => x.Shown).ThenBy(x => x.Index).ToList();
        var result = new List<(T, int)>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Shown == ordered[i - 1].Shown ? result[i - 1].Item2 : i + 1;
            result.Add((ordered[i].Item, rank));
        }
        return result;
    }
}
