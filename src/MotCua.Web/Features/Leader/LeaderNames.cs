using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Leader;

public static class LeaderNames
{
    /// <summary>The name of what the leader oversees: the province, or their own units.</summary>
    public static string Scope(LeaderScope scope, OrganisationTree tree, bool english, string province) =>
        scope.IsProvince
            ? province
            : string.Join(", ", tree.All.Where(a => scope.DirectAgencies.Contains(a.Id)).OrderBy(a => a.Code, StringComparer.Ordinal).Select(a => a.LocalName(english)));
}
