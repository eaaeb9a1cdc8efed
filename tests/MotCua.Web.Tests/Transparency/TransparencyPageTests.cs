using System.Net;
using System.Text.RegularExpressions;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Transparency.TransparencyScenario;

namespace MotCua.Web.Tests.Transparency;

/// <summary>The public transparency pages over HTTP: no sign-in, the scenario's figures, periods, errors and languages.</summary>
public abstract class TransparencyPageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private async Task<string> PageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        await ForAsync(app);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{url}: expected {(int)expected}, got {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(html);
    }

    [Fact]
    public async Task The_public_page_shows_the_province_and_every_unit_with_rates_beside_their_parts_without_sign_in()
    {
        var html = await PageAsync("/cong-khai?" + March);

        Assert.Contains("Công khai kết quả giải quyết thủ tục hành chính", html);
        Assert.Contains("Số liệu từ 01/03/2026 đến 25/03/2026", html);
        Assert.Matches(@"cập nhật lúc \d\d:\d\d", html);
        Assert.Contains("60,00 %", html);
        Assert.Contains("(3/5)", html);
        Assert.Contains(PoliceName, html);
        Assert.Contains("50,00 %", html);
        Assert.Contains("(2/4)", html);
        Assert.Contains("Phường Trấn Biên", html);
        Assert.Contains("Sở Giáo dục và Đào tạo tỉnh Đồng Nai", html);
        Assert.Contains("/cong-khai/000.00.20.H19?from=2026-03-01&to=2026-03-25", html);
        Assert.Contains("/api/v1/public/statistics?from=2026-03-01&to=2026-03-25&format=csv", html);
    }

    [Fact]
    public async Task The_shortcuts_choose_the_current_month_quarter_and_year_up_to_today()
    {
        Assert.Contains("Số liệu từ 01/03/2026 đến 25/03/2026", await PageAsync("/cong-khai"));
        Assert.Contains("Số liệu từ 01/01/2026 đến 25/03/2026", await PageAsync("/cong-khai?ky=quy"));
        var year = await PageAsync("/cong-khai?ky=nam");
        Assert.Contains("Số liệu từ 01/01/2026 đến 25/03/2026", year);
        Assert.Matches("<a href=\"/cong-khai\\?ky=nam\" aria-current=\"page\"[^>]*>Năm nay</a>", year);
    }

    [Fact]
    public async Task Units_sort_by_on_time_rate_both_ways_and_by_name()
    {
        int Position(string html, string name) => html.IndexOf(name, StringComparison.Ordinal);
        var highFirst = await PageAsync("/cong-khai?" + March);
        var lowFirst = await PageAsync("/cong-khai?" + March + "&sap=ty-le-tang");
        // Trấn Biên (100 %) and the police (50 %) are the only communes/departments with a rate; units without one come last.
        Assert.True(Position(highFirst, PoliceName) < Position(highFirst, "Sở Giáo dục và Đào tạo tỉnh Đồng Nai"));
        Assert.True(Position(lowFirst, PoliceName) < Position(lowFirst, "Sở Giáo dục và Đào tạo tỉnh Đồng Nai"));
        var byName = await PageAsync("/cong-khai?" + March + "&sap=ten");
        Assert.True(Position(byName, "Ban Quản lý các khu công nghiệp Đồng Nai") < Position(byName, PoliceName));
        Assert.True(Position(byName, PoliceName) < Position(byName, "Sở Y tế tỉnh Đồng Nai"));
    }

    [Fact]
    public async Task The_english_page_writes_numbers_the_english_way()
    {
        var html = await PageAsync("/cong-khai?" + March + "&lang=en");
        Assert.Contains("Public results of administrative procedures", html);
        Assert.Contains("60.00%", html);
        Assert.Contains("Figures from 01/03/2026 to 25/03/2026", html);
        Assert.Contains("/cong-khai/000.00.20.H19?from=2026-03-01&to=2026-03-25&lang=en", html);
    }

    [Theory]
    [InlineData("from=2026-02-30&to=2026-03-01", "Ngày không hợp lệ")]
    [InlineData("from=2026-03-10&to=2026-03-01", "“Đến ngày” phải sau hoặc bằng “Từ ngày”.")]
    [InlineData("from=2019-01-01&to=2026-03-01", "Khoảng thời gian tối đa là 5 năm.")]
    public async Task A_bad_custom_period_is_explained_next_to_the_dates_not_a_500(string query, string message)
    {
        var html = await PageAsync("/cong-khai?" + query);
        Assert.Matches("id=\"period-error\" class=\"field-error\" role=\"alert\"[^>]*>" + Regex.Escape(message), html);
        Assert.Contains("aria-describedby=\"period-error\"", html);
        Assert.DoesNotContain("Toàn tỉnh</h2>", html);
    }

    [Fact]
    public async Task A_unit_page_shows_its_figures_a_monthly_trend_with_a_text_alternative_and_its_index_part()
    {
        var html = await PageAsync("/cong-khai/" + Api.Police + "?" + March);
        Assert.Matches("<h1[^>]*>" + PoliceName + "</h1>", html);
        Assert.Contains("50,00 %", html);
        Assert.Contains("(2/4)", html);
        Assert.Contains("role=\"img\" aria-labelledby=\"trend-title trend-desc\"", html);
        Assert.Contains("<title id=\"trend-title\">Diễn biến theo tháng (12 tháng gần nhất)</title>", html);
        // The data table behind the chart: twelve months, April 2025 to March 2026.
        Assert.Matches("<th scope=\"row\"[^>]*>04/2025</th>", html);
        Assert.Matches("<th scope=\"row\"[^>]*>03/2026</th>", html);
        Assert.Contains("Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)", html);
    }

    [Fact]
    public async Task The_index_part_shows_the_province_total_and_the_rankings_exactly_when_the_index_can_be_computed()
    {
        var html = await PageAsync("/cong-khai?" + March);
        var unit = await PageAsync("/cong-khai/" + Api.Police + "?" + March);
        using var client = app.CreateClient();
        using var api = await client.GetAsync("/api/v1/public/index766?" + March);
        if (api.StatusCode != HttpStatusCode.OK)
        {
            Assert.Contains("Chỉ số 766 chưa được tính trên hệ thống này", html);
            Assert.Contains("Chỉ số 766 chưa được tính trên hệ thống này", unit);
            return;
        }
        var index = await api.Json(HttpStatusCode.OK);
        var total = index.GetProperty("province").GetProperty("total").GetDecimal();
        Assert.Contains("Toàn tỉnh: " + total.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + "/100 điểm", html);
        Assert.Contains("Bộ chỉ số phiên bản " + index.Str("modelVersion"), html);
        Assert.Matches("aria-label=\"Chỉ số phục vụ người dân, doanh nghiệp \\(Quyết định 766/QĐ-TTg\\) — Sở, ban, ngành\"", html);
        var police = index.GetProperty("departments").EnumerateArray().Single(d => d.Str("code") == Api.Police);
        Assert.Contains(police.GetProperty("total").GetDecimal().ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + "/100", unit);
        var ranked = index.GetProperty("departments").EnumerateArray().Count(d => d.GetProperty("rank").ValueKind == System.Text.Json.JsonValueKind.Number);
        Assert.Contains("Hạng " + police.GetProperty("rank").GetInt32() + "/" + ranked, unit);
        Assert.Contains("Cách tính", unit);
        Assert.DoesNotContain("Chỉ số 766 chưa được tính trên hệ thống này", html);
        // A unit without a dossier in the period is listed unscored, never with points earned on empty denominators.
        var idle = index.GetProperty("departments").EnumerateArray().Count(d => d.GetProperty("rank").ValueKind == System.Text.Json.JsonValueKind.Null);
        Assert.True(idle > 0, "the scenario leaves departments without dossiers");
        Assert.Equal(idle + index.GetProperty("communes").EnumerateArray().Count(d => d.GetProperty("rank").ValueKind == System.Text.Json.JsonValueKind.Null),
            System.Text.RegularExpressions.Regex.Count(html, "Không phát sinh hồ sơ trong kỳ: không chấm điểm, không xếp hạng"));
    }

    [Fact]
    public async Task An_unknown_unit_is_a_404_page()
    {
        var html = await PageAsync("/cong-khai/000.99.99.H19", HttpStatusCode.NotFound);
        Assert.Contains("Không có đơn vị mang mã này.", html);
    }

    [Fact]
    public async Task No_public_output_shows_an_applicants_name_phone_or_identity_number()
    {
        await ForAsync(app);
        using var client = app.CreateClient();
        var outputs = new List<string>();
        foreach (var url in new[]
                 {
                     "/cong-khai?" + March, "/cong-khai?" + March + "&lang=en", "/cong-khai/" + Api.Police + "?" + March, "/cong-khai/" + Api.TranBien + "?" + March,
                     "/api/v1/public/statistics?" + March, "/api/v1/public/statistics?" + March + "&format=csv",
                     "/api/v1/public/statistics?" + March + "&agency=" + Api.Police, "/api/v1/public/index766?" + March,
                 })
        {
            using var response = await client.GetAsync(url);
            outputs.Add(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }
        // The scenario is there (the police appear), and its applicant nowhere.
        Assert.Contains(PoliceName, outputs[0]);
        Assert.Contains("Police", outputs[1]);
        Assert.Contains(PoliceName, outputs[2]);
        foreach (var output in outputs)
        {
            Assert.DoesNotContain(ApplicantName, output);
            Assert.DoesNotContain(ApplicantPhone, output);
            Assert.DoesNotContain(ApplicantPhone[^4..] + "\"", output);
            Assert.DoesNotContain(ApplicantId, output);
        }
    }

    [Fact]
    public async Task The_home_page_links_to_the_public_results()
    {
        var html = await PageAsync("/");
        Assert.Contains("href=\"/cong-khai\"", html);
    }
}

public sealed class TransparencyPagesOnSqlite(SqliteApp app) : TransparencyPageTests<SqliteApp>(app);

public sealed class TransparencyPagesOnPostgres(PostgresApp app) : TransparencyPageTests<PostgresApp>(app);
