using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Statistics;

namespace MotCua.Web.Features.Dashboard;

/// <summary>What the dashboard looks at: the unit (null = the leader's whole scope), the period and the narrowing filters.</summary>
public sealed record DashboardView(Agency? Unit, DashboardPeriod Period, AgencyLevel? Level, string? FieldCode, Procedure? Procedure)
{
    public StatFilter Filter => new(Unit?.Id, Level, FieldCode, Procedure?.Id);
}

/// <summary>The addresses of the dashboard; every count links down to the list of the dossiers it counts.</summary>
public static class DashboardLinks
{
    public const string Dashboard = "/can-bo/lanh-dao/thong-ke";
    public const string List = "/can-bo/lanh-dao/thong-ke/ho-so";

    public static string Dossier(string code) => "/can-bo/ho-so/" + Uri.EscapeDataString(code);

    /// <summary>The dashboard of the same period and filters, for another unit (null = the leader's whole scope).</summary>
    public static string For(DashboardView view, Agency? unit) => Build(Dashboard, view with { Unit = unit });

    public static string Figure(DashboardView view, Figure figure, Agency? unit = null, StatPeriod? period = null, int page = 1) =>
        Build(List, view with { Unit = unit ?? view.Unit }, period ?? view.Period.Period, ("figure", figure.QueryName()), ("page", Page(page)));

    public static string Officer(DashboardView view, string officerId, OfficerMark mark, int page = 1) =>
        Build(List, view, view.Period.Period, ("officer", officerId), ("mark", mark.QueryName()), ("page", Page(page)));

    private static string? Page(int page) => page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>The period goes as its kind when it is a current one (the link stays "this month"), else as its days.</summary>
    private static string Build(string path, DashboardView view, StatPeriod? period = null, params (string Key, string? Value)[] extra)
    {
        var custom = period is not null || view.Period.Kind == PeriodKind.Custom;
        var days = period ?? view.Period.Period;
        (string, string?)[] query =
        [
            ("agency", view.Unit?.Code),
            ("ky", custom ? null : DashboardPeriod.QueryName(view.Period.Kind)),
            ("from", custom ? days.From.ToString(DashboardPeriod.DateFormat, CultureInfo.InvariantCulture) : null),
            ("to", custom ? days.To.ToString(DashboardPeriod.DateFormat, CultureInfo.InvariantCulture) : null),
            ("level", view.Level?.ToString()),
            ("field", view.FieldCode),
            ("procedure", view.Procedure?.Code),
            .. extra,
        ];
        return QueryHelpers.AddQueryString(path, query.Where(q => !string.IsNullOrEmpty(q.Item2)).Select(q => new KeyValuePair<string, string?>(q.Item1, q.Item2)));
    }
}
