using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Statistics;
using MotCua.Web.Tests.Infrastructure;
using MotCua.Web.Tests.Leader;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Dashboard;

/// <summary>
/// The leader's statistics over HTTP, on each engine, over the month of work of <see cref="LeaderScenario"/> (seen on
/// 25 March 2026): who may see which unit, the figures shown, and where each count leads.
/// </summary>
public abstract partial class DashboardPageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private const string Url = "/can-bo/lanh-dao/thong-ke";
    private const string PoliceName = "Công an tỉnh Đồng Nai";
    private const string JusticeName = "Sở Tư pháp tỉnh Đồng Nai";
    private const string March = "from=2026-03-01&to=2026-03-25";

    private async Task ScenarioAsync()
    {
        await LeaderScenario.ForAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StatisticsRollup>().CatchUpAsync(default);
    }

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
        return html[start..Math.Min(html.Length, start + 1500)];
    }

    private static long Number(string text) => long.Parse(text.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    /// <summary>The number a count link shows, found by its accessible name; null when it is a plain (zero) number.</summary>
    private static long? Count(string html, string what, string whose)
    {
        var match = Regex.Match(html, $"aria-label=\"([\\d.]+) hồ sơ: {Regex.Escape(what)} – {Regex.Escape(whose)}\">([\\d.]+)</a>");
        return match.Success ? Number(match.Groups[2].Value) : null;
    }

    private static async Task<Indicators> TotalAsync(MotCuaApp app, string? unit, StatPeriod period)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var tree = await scope.ServiceProvider.GetRequiredService<OrganisationCache>().GetAsync();
        var id = unit is null ? (int?)null : tree.ByCode[unit].Id;
        return await scope.ServiceProvider.GetRequiredService<StatisticsQueries>().TotalAsync(new StatFilter(id), period, default);
    }

    [Fact]
    public async Task A_unit_leader_sees_the_figures_of_their_own_unit_for_the_month_so_far()
    {
        await ScenarioAsync();

        var html = await PageAsync(PoliceLeader, Url);

        Assert.Contains("Từ 01/03/2026 đến 25/03/2026", html.Replace("Số liệu từ", "Từ", StringComparison.Ordinal), StringComparison.Ordinal);
        // Received in March: A, E, R, B, I, F, C, D (H came in February; G belongs to the Department of Justice).
        Assert.Equal(8, Count(html, "Tiếp nhận", PoliceName));
        Assert.Equal(8, Count(html, "– trực tiếp", PoliceName));
        // Resolved: F refused on 5 March, R and E with their results ready late (18 and 20 March).
        Assert.Equal(3, Count(html, "Đã giải quyết", PoliceName));
        Assert.Equal(2, Count(html, "– trễ hạn", PoliceName));
        // Still open at the period's end: H, A, B, I, C, D.
        Assert.Equal(6, Count(html, "Đang giải quyết", PoliceName));
        Assert.DoesNotContain(JusticeName, html, StringComparison.Ordinal);

        // Rule 2.1 at 10:00 on 25 March: F early (refused before its date), R and E late; of the six open, H, A and B are
        // past their dates (B's apology does not excuse it), C is due at 17:00 today: (1 + 0 + 6 − 3) / (3 + 6).
        Assert.Contains("44,44 %", html, StringComparison.Ordinal);
        Assert.Contains("4/9 hồ sơ", html, StringComparison.Ordinal);
        var expected = await TotalAsync(app, Police, new StatPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 25)));
        Assert.Equal(new Ratio(4, 9), expected.OnTimeRate);
        // The Decision 766 index of the unit, each group and indicator explained.
        Assert.Contains("/ 100 điểm", html, StringComparison.Ordinal);
        Assert.Contains("Tiến độ giải quyết", html, StringComparison.Ordinal);
        Assert.Contains("Giải thích từng chỉ số (công thức, tử số, mẫu số, điểm)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Chưa tính được chỉ số 766", html, StringComparison.Ordinal);
        Assert.Equal(expected.OpenOverdue == 0 ? null : expected.OpenOverdue, Count(html, "Quá hạn", PoliceName));
        Assert.Contains(Features.Statistics.StatisticsFormat.WithParts(expected.OnTimeRate).Split(' ')[0], html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_supervisor_sees_the_province_compares_units_and_drills_down_to_one()
    {
        await ScenarioAsync();

        var html = await PageAsync(Supervisor, $"{Url}?{March}");

        Assert.Contains("Toàn tỉnh", html, StringComparison.Ordinal);
        Assert.Equal(9, Count(html, "Tiếp nhận", "Toàn tỉnh"));
        Assert.Equal(8, Count(html, "Tiếp nhận", PoliceName));
        Assert.Equal(1, Count(html, "Tiếp nhận", JusticeName));
        var drill = UnitLink(PoliceName).Match(html);
        Assert.True(drill.Success, "no link down to the police's own dashboard");
        var href = WebUtility.HtmlDecode(drill.Groups[1].Value);
        Assert.Equal($"{Url}?agency={Police}&{March}", href);
        Assert.Contains("Xếp hạng các sở, ban, ngành", html, StringComparison.Ordinal);
        Assert.Contains("Xếp hạng các xã, phường", html, StringComparison.Ordinal);

        var police = await PageAsync(Supervisor, href);

        Assert.Equal(8, Count(police, "Tiếp nhận", PoliceName));
        Assert.Contains("Kết quả theo cán bộ", police, StringComparison.Ordinal);
        // The breadcrumb leads back up to the province, the period kept.
        Assert.Matches($"href=\"{Regex.Escape($"{Url}?{March.Replace("&", "&amp;", StringComparison.Ordinal)}")}\"[^>]*>Toàn tỉnh</a>", police);
    }

    [Fact]
    public async Task Each_count_opens_the_list_of_exactly_that_many_dossiers_each_linking_to_its_dossier_page()
    {
        await ScenarioAsync();
        var html = await PageAsync(PoliceLeader, $"{Url}?{March}");

        var links = FigureLinks().Matches(html).Select(m => (Href: WebUtility.HtmlDecode(m.Groups[1].Value), Count: Number(m.Groups[2].Value))).Distinct().ToList();

        Assert.True(links.Count >= 6, $"only {links.Count} count links");
        foreach (var (href, count) in links)
        {
            var list = await PageAsync(PoliceLeader, href);
            var total = ListTotal().Match(list);
            Assert.True(total.Success, $"{href}: no total");
            Assert.Equal(count, Number(total.Groups[1].Value));
            Assert.Equal(Math.Min(count, 20), DossierLinks().Count(list));
        }
        var received = await PageAsync(PoliceLeader, links.First(l => l.Href.Contains("figure=received&", StringComparison.Ordinal) || l.Href.EndsWith("figure=received", StringComparison.Ordinal)).Href);
        var s = await LeaderScenario.ForAsync(app);
        Assert.Equal(new[] { s.A, s.E, s.R, s.B, s.I, s.F, s.C, s.D }.Order(), DossierLinks().Matches(received).Select(m => m.Groups[1].Value).Order());
    }

    [Fact]
    public async Task The_officers_of_a_unit_are_counted_from_their_steps_and_link_to_their_dossiers()
    {
        await ScenarioAsync();

        var html = await PageAsync(PoliceLeader, $"{Url}?{March}");

        var row = Regex.Match(html, "<th scope=\"row\"[^>]*>Nguyễn Hữu Thắng</th>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, "the police specialist has no row");
        // Forwarded E and R on 10 March; holds A and C now, both past their steps' due times.
        var held = Regex.Match(row.Groups[1].Value, "href=\"([^\"]+mark=open[^\"]*)\" aria-label=\"2: Bước đang giữ – Nguyễn Hữu Thắng\"");
        Assert.True(held.Success, "the specialist's held steps are not 2: " + row.Groups[1].Value);
        var list = await PageAsync(PoliceLeader, WebUtility.HtmlDecode(held.Groups[1].Value));
        var s = await LeaderScenario.ForAsync(app);
        Assert.Equal(new[] { s.A, s.C }.Order(), DossierLinks().Matches(list).Select(m => m.Groups[1].Value).Order());
        var done = Regex.Match(row.Groups[1].Value, "href=\"([^\"]+mark=done[^\"]*)\" aria-label=\"([\\d.]+): Bước đã xong");
        Assert.True(done.Success, "the specialist completed no step: " + row.Groups[1].Value);
        var doneList = await PageAsync(PoliceLeader, WebUtility.HtmlDecode(done.Groups[1].Value));
        Assert.Contains(s.E, doneList, StringComparison.Ordinal);
        Assert.Contains(s.R, doneList, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Url + "?agency=000.00.03.H19", HttpStatusCode.Forbidden)]
    [InlineData(Url + "/ho-so?figure=received&agency=000.00.03.H19&from=2026-03-01&to=2026-03-25", HttpStatusCode.Forbidden)]
    [InlineData(Url + "?agency=000.99.99.H19", HttpStatusCode.NotFound)]
    [InlineData(Url + "/ho-so?figure=lost&from=2026-03-01&to=2026-03-25", HttpStatusCode.BadRequest)]
    [InlineData(Url + "/ho-so?figure=received&from=2026-03-32&to=2026-03-25", HttpStatusCode.BadRequest)]
    [InlineData(Url + "/ho-so?from=2026-03-01&to=2026-03-25", HttpStatusCode.BadRequest)]
    public async Task A_unit_leader_cannot_open_another_unit_and_a_broken_link_is_refused(string url, HttpStatusCode expected)
    {
        await ScenarioAsync();

        var html = await PageAsync(PoliceLeader, url, expected);

        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Contains("Đơn vị ngoài phạm vi của bạn", html, StringComparison.Ordinal);
            Assert.DoesNotContain(JusticeName, MainContent(html), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Url)]
    [InlineData(Url + "/ho-so?figure=received")]
    public async Task A_specialist_is_refused_with_403(string url)
    {
        await ScenarioAsync();

        var html = await PageAsync(PoliceSpecialist, url, HttpStatusCode.Forbidden);

        Assert.Contains("Không có quyền xem trang này", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ky=tuy-chon&from=2026-13-01&to=2026-03-25", "from", "Ngày không hợp lệ")]
    [InlineData("from=2026-03-25&to=2026-03-01", "to", "Ngày kết thúc phải sau ngày bắt đầu")]
    [InlineData("ky=tuan", "ky", "Kỳ không hợp lệ")]
    [InlineData("field=khong-co", "field", "Không có lĩnh vực này")]
    public async Task A_bad_period_or_filter_is_reported_next_to_its_field_and_the_month_is_shown(string query, string field, string message)
    {
        await ScenarioAsync();

        var html = await PageAsync(PoliceLeader, $"{Url}?{query}");

        Assert.Matches($"<p id=\"{field}-error\" class=\"field-error\"[^>]*>{Regex.Escape(message)}", html);
        Assert.Equal(8, Count(html, "Tiếp nhận", PoliceName));
    }

    [Fact]
    public async Task Charts_are_drawn_on_the_server_with_a_title_a_label_and_a_data_table()
    {
        await ScenarioAsync();

        var html = await PageAsync(Supervisor, $"{Url}?{March}");

        var charts = Regex.Matches(html, "<svg viewBox=\"[^\"]+\" role=\"img\" aria-label=\"([^\"]+)\"[^>]*>\\s*<title[^>]*>([^<]+)</title>");
        Assert.True(charts.Count >= 4, $"{charts.Count} charts");
        Assert.Contains(charts, c => c.Groups[2].Value == "Tỷ lệ đúng hạn theo đơn vị (%)" && c.Groups[1].Value.StartsWith("Biểu đồ thanh ngang", StringComparison.Ordinal));
        Assert.Contains("Bảng số liệu: Hồ sơ tiếp nhận và đã giải quyết theo tháng, 04/2025 – 03/2026", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", MainContent(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_without_dossiers_shows_zeros_and_dashes_not_an_error()
    {
        await ScenarioAsync();

        var html = await PageAsync(CommuneLeader, $"{Url}?from=2025-01-01&to=2025-01-31");

        Assert.Contains("Phường Trấn Biên", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("aria-label=\"[\\d.]+ hồ sơ:", html);
        Assert.Contains("— (0/0)", html, StringComparison.Ordinal);
        Assert.Contains("Biểu đồ đường: chưa có hồ sơ để tính tỷ lệ.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_speaks_English_on_request()
    {
        await ScenarioAsync();

        var html = await PageAsync(PoliceLeader, $"{Url}?{March}&lang=en");

        Assert.Contains("8 dossiers: Received – Dong Nai Provincial Police", html, StringComparison.Ordinal);
        Assert.Contains("On-time rate (2.1)", html, StringComparison.Ordinal);
        Assert.Contains("Results by officer", html, StringComparison.Ordinal);
    }

    private static Regex UnitLink(string name) => new($"<th scope=\"row\"[^>]*><a href=\"([^\"]+)\"[^>]*>{Regex.Escape(name)}</a>");

    [GeneratedRegex("<a href=\"(/can-bo/lanh-dao/thong-ke/ho-so\\?[^\"]*figure=[^\"]+)\" aria-label=\"([\\d.]+) hồ sơ:")]
    private static partial Regex FigureLinks();

    [GeneratedRegex("<p role=\"status\"[^>]*>([\\d.]+) hồ sơ</p>")]
    private static partial Regex ListTotal();

    [GeneratedRegex("<a class=\"code\"[^>]* href=\"/can-bo/ho-so/([^\"]+)\"")]
    private static partial Regex DossierLinks();
}

public sealed class DashboardPagesOnSqlite(SqliteApp app) : DashboardPageTests<SqliteApp>(app);

public sealed class DashboardPagesOnPostgres(PostgresApp app) : DashboardPageTests<PostgresApp>(app);
