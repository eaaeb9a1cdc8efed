using System.Net;
using System.Text.RegularExpressions;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Leader;

/// <summary>The leader's pages over HTTP, on each engine: who may see them, what they count, and where the counts lead.</summary>
public abstract partial class LeaderPageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private const string PoliceName = "Công an tỉnh Đồng Nai";
    private const string JusticeName = "Sở Tư pháp tỉnh Đồng Nai";

    private async Task<string> PageAsync(string email, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = await app.ClientFor(email);
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{url} as {email}: expected {(int)expected}, got {(int)response.StatusCode}: {MainContent(html)}");
        return html;
    }

    private static string MainContent(string html)
    {
        var start = Math.Max(0, html.IndexOf("<main", StringComparison.Ordinal));
        return html[start..Math.Min(html.Length, start + 600)];
    }

    /// <summary>The number a count link shows, found by its accessible name.</summary>
    private static int? Count(string html, string what, string whose)
    {
        var label = Regex.Escape($"hồ sơ: {what} – {whose}\"");
        var match = Regex.Match(html, $"aria-label=\"(\\d+) {label}>(\\d+)</a>");
        return match.Success ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static string Href(string html, string what, string whose)
    {
        var match = Regex.Match(html, $"<a href=\"([^\"]+)\" aria-label=\"\\d+ {Regex.Escape($"hồ sơ: {what} – {whose}\"")}");
        Assert.True(match.Success, $"no link for {what} – {whose}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [Fact]
    public async Task A_unit_leader_sees_the_figures_of_their_unit_only()
    {
        await LeaderScenario.ForAsync(app);

        var police = await PageAsync(PoliceLeader, "/can-bo/lanh-dao");
        var justice = await PageAsync(LeaderScenario.JusticeLeader, "/can-bo/lanh-dao");

        Assert.Equal(3, Count(police, "Quá hạn", PoliceName));
        Assert.Equal(1, Count(police, "Sắp đến hạn", PoliceName));
        Assert.Equal(3, Count(police, "Đang xử lý", PoliceName));
        Assert.Equal(8, Count(police, "Tổng cộng", PoliceName));
        Assert.DoesNotContain(JusticeName, police, StringComparison.Ordinal);
        Assert.Equal(1, Count(justice, "Quá hạn", JusticeName));
        Assert.DoesNotContain(PoliceName, justice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_center_supervisor_sees_the_whole_province()
    {
        await LeaderScenario.ForAsync(app);

        var html = await PageAsync(Supervisor, "/can-bo/lanh-dao");

        Assert.Contains("Toàn tỉnh", html, StringComparison.Ordinal);
        Assert.Equal(3, Count(html, "Quá hạn", PoliceName));
        Assert.Equal(1, Count(html, "Quá hạn", JusticeName));
        Assert.Equal(4, Count(html, "Quá hạn", "tất cả đơn vị"));
        Assert.Equal(9, Count(html, "Tổng cộng", "tất cả đơn vị"));
        Assert.Equal(1, Count(html, "Bước quá hạn", "Trần Thị Thu Hà"));
        // At the center: D to transfer, R to return; R's result is ready, so nothing there is overdue (a plain zero, no link).
        Assert.Equal(2, Count(html, "Đang giải quyết", "Trung tâm Phục vụ hành chính công tỉnh Đồng Nai"));
        Assert.Null(Count(html, "Quá hạn", "Trung tâm Phục vụ hành chính công tỉnh Đồng Nai"));
    }

    [Theory]
    [InlineData("/can-bo/lanh-dao")]
    [InlineData("/can-bo/lanh-dao/ho-so?view=overdue")]
    [InlineData("/can-bo/lanh-dao/qua-han")]
    public async Task A_specialist_or_the_administrator_is_refused_with_403(string url)
    {
        await LeaderScenario.ForAsync(app);

        var html = await PageAsync(PoliceSpecialist, url, HttpStatusCode.Forbidden);
        await PageAsync("admin@demo.motcua.vn", url, HttpStatusCode.Forbidden);

        Assert.Contains("Không có quyền xem trang này", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?unit=000.00.03.H19&view=overdue", HttpStatusCode.Forbidden)]
    [InlineData("?unit=000.99.99.H19&view=overdue", HttpStatusCode.NotFound)]
    [InlineData("?view=late", HttpStatusCode.BadRequest)]
    [InlineData("?status=Lost", HttpStatusCode.BadRequest)]
    [InlineData("?status=Refused&from=2026-13-01", HttpStatusCode.BadRequest)]
    public async Task The_list_refuses_a_unit_outside_the_scope_and_a_broken_filter(string query, HttpStatusCode expected)
    {
        await LeaderScenario.ForAsync(app);

        await PageAsync(PoliceLeader, "/can-bo/lanh-dao/ho-so" + query, expected);
    }

    [Fact]
    public async Task A_count_links_to_the_list_of_its_dossiers_and_each_to_its_dossier_page()
    {
        var s = await LeaderScenario.ForAsync(app);
        var dashboard = await PageAsync(PoliceLeader, "/can-bo/lanh-dao");

        var href = Href(dashboard, "Quá hạn", PoliceName);
        var list = await PageAsync(PoliceLeader, href);

        Assert.Equal("/can-bo/lanh-dao/ho-so?unit=000.00.20.H19&view=overdue", href);
        Assert.Contains("3 hồ sơ", list, StringComparison.Ordinal);
        var linked = DossierLinks().Matches(list).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal([s.H, s.A, s.B], linked);
        var statusList = await PageAsync(PoliceLeader, Href(dashboard, "Chờ bổ sung", PoliceName));
        Assert.Equal([s.I], DossierLinks().Matches(statusList).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task The_printable_overdue_list_names_the_unit_the_date_and_each_apology()
    {
        var s = await LeaderScenario.ForAsync(app);

        var html = await PageAsync(PoliceLeader, "/can-bo/lanh-dao/qua-han");

        Assert.Contains($"Đơn vị: {PoliceName}", html, StringComparison.Ordinal);
        Assert.Contains("Tính đến 10:00 25/03/2026", html, StringComparison.Ordinal);
        Assert.Equal([s.H, s.A, s.B, s.R, s.E], DossierLinks().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Contains(LeaderScenario.ApologyReason, html, StringComparison.Ordinal);
        Assert.Contains("17:00 24/03/2026", html, StringComparison.Ordinal);
        Assert.Contains("Chưa có thư xin lỗi", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/js/leader-print.js\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_speak_English_on_request()
    {
        await LeaderScenario.ForAsync(app);

        var html = await PageAsync(PoliceLeader, "/can-bo/lanh-dao?lang=en");

        Assert.Contains("3 dossiers: Overdue – Dong Nai Provincial Police", html, StringComparison.Ordinal);
        Assert.Contains("Workload by officer", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<a class=\"code\"[^>]* href=\"/can-bo/ho-so/([^\"]+)\"")]
    private static partial Regex DossierLinks();
}

public sealed class LeaderPagesOnSqlite(SqliteApp app) : LeaderPageTests<SqliteApp>(app);

public sealed class LeaderPagesOnPostgres(PostgresApp app) : LeaderPageTests<PostgresApp>(app);
