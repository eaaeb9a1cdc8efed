namespace MotCua.Domain.Statistics;

/// <summary>
/// The versions of the index, and which one scores a period: the version in force on the period's last day, since the
/// index of a period is taken when that period closes (a quarter that straddles a change is scored by the new rules, as
/// the national portal recomputes every unit with the rules of the day).
/// </summary>
public sealed class Index766Models
{
    public Index766Models(IEnumerable<Index766Model> versions)
    {
        var list = versions.OrderBy(v => v.EffectiveFrom).ToList();
        var problems = list.SelectMany(v => v.Problems()).ToList();
        problems.AddRange(list.GroupBy(v => v.Version, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"version {g.Key} is defined twice"));
        problems.AddRange(list.GroupBy(v => v.EffectiveFrom).Where(g => g.Count() > 1).Select(g => $"two versions take effect on {g.Key:yyyy-MM-dd}"));
        if (list.Count == 0) problems.Add("no version of the index is defined");
        if (problems.Count > 0)
        {
            throw new ArgumentException("The Decision 766 index model is invalid: " + string.Join("; ", problems), nameof(versions));
        }
        Versions = list;
    }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<Index766Model> Versions { get; }

    /// <summary>The version in force on <paramref name="day"/>; before the first version, none (the index did not exist).</summary>
    public Index766Model? InForceOn(DateOnly day) => Versions.LastOrDefault(v => v.EffectiveFrom <= day);

    /// <summary>The version that scores a period ending on <paramref name="lastDay"/> (the first version for older periods).</summary>
    public Index766Model ForPeriodEnding(DateOnly lastDay) => InForceOn(lastDay) ?? Versions[0];
}
