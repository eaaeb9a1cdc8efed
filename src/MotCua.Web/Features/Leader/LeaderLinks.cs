using Microsoft.AspNetCore.WebUtilities;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Features.Leader;

/// <summary>The addresses of the leader's pages; every count links down to the list of the dossiers it counts.</summary>
public static class LeaderLinks
{
    public const string Dashboard = "/can-bo/lanh-dao";
    public const string List = "/can-bo/lanh-dao/ho-so";
    public const string OverdueReport = "/can-bo/lanh-dao/qua-han";

    /// <summary>The staff dossier page (the specialist's desk).</summary>
    public static string Dossier(string reference) => "/can-bo/ho-so/" + Uri.EscapeDataString(reference);

    public static string Open(LeaderView view, string? unit = null, string? officer = null, int page = 1) =>
        Build(List, ("unit", unit), ("view", view.QueryName()), ("officer", officer), ("page", Page(page)));

    public static string Received(LeaderPeriod period, IEnumerable<DossierStatus>? statuses = null, string? unit = null, int page = 1) =>
        Build(List, ("unit", unit), ("status", statuses is null ? null : LeaderViews.StatusQuery(statuses)),
            ("from", period.FromText), ("to", period.ToText), ("page", Page(page)));

    public static string WithPeriod(string path, LeaderPeriod period) => Build(path, ("from", period.FromText), ("to", period.ToText));

    private static string? Page(int page) => page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string Build(string path, params (string Key, string? Value)[] query) =>
        QueryHelpers.AddQueryString(path, query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => new KeyValuePair<string, string?>(q.Key, q.Value)));
}
