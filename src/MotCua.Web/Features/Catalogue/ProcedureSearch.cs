using MotCua.Domain.Text;

namespace MotCua.Web.Features.Catalogue;

/// <summary>
/// The catalogue's one search rule: every word typed (at most eight, folded: no diacritics, lower case) must occur in
/// the procedure's folded name and code (<see cref="Procedure.SearchKey"/>). "ly lich tu phap" finds "Lý lịch tư pháp".
/// </summary>
public static class ProcedureSearch
{
    public const int MaxWords = 8;

    public static IEnumerable<string> Words(string? typed) =>
        VietnameseText.Fold(typed).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(MaxWords);

    /// <summary>The procedures matching every word (all of them for an empty query), in the database.</summary>
    public static IQueryable<Procedure> Matching(this IQueryable<Procedure> procedures, string? typed)
    {
        foreach (var word in Words(typed))
        {
            procedures = procedures.Where(p => p.SearchKey.Contains(word));
        }
        return procedures;
    }

    /// <summary>The same rule over procedures already in memory (the cached catalogue).</summary>
    public static IEnumerable<Procedure> Matching(this IEnumerable<Procedure> procedures, string? typed)
    {
        foreach (var word in Words(typed))
        {
            procedures = procedures.Where(p => p.SearchKey.Contains(word, StringComparison.Ordinal));
        }
        return procedures;
    }
}
