using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Transparency.TransparencyScenario;

namespace MotCua.Web.Tests.Transparency;

/// <summary>The open-data API (docs/open-data-api.md) over the scenario, anonymous, on SQLite and PostgreSQL.</summary>
public abstract class OpenDataApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private const string Police = Api.Police;
    private const string TranBien = Api.TranBien;

    private async Task<JsonElement> StatisticsAsync(string query)
    {
        await ForAsync(app);
        using var client = app.CreateClient();
        return await client.Get("/api/v1/public/statistics?" + query);
    }

    private static JsonElement Unit(JsonElement doc, string code) =>
        doc.GetProperty("units").EnumerateArray().Single(u => u.Str("code") == code);

    private static void AssertFigures(JsonElement row, long received, long resolved, long inTime, long late, long open, long overdue, long num, long den)
    {
        Assert.Equal(received, row.GetProperty("received").GetInt64());
        Assert.Equal(resolved, row.GetProperty("resolved").GetInt64());
        Assert.Equal(inTime, row.GetProperty("early").GetInt64() + row.GetProperty("onTime").GetInt64());
        Assert.Equal(late, row.GetProperty("late").GetInt64());
        Assert.Equal(open, row.GetProperty("open").GetInt64());
        Assert.Equal(overdue, row.GetProperty("openOverdue").GetInt64());
        var rate = row.GetProperty("onTimeRate");
        Assert.Equal(num, rate.GetProperty("numerator").GetInt64());
        Assert.Equal(den, rate.GetProperty("denominator").GetInt64());
        if (den == 0)
        {
            Assert.Equal(JsonValueKind.Null, rate.GetProperty("value").ValueKind);
        }
        else
        {
            Assert.Equal(Math.Round((decimal)num / den, 4), rate.GetProperty("value").GetDecimal());
        }
    }

    [Fact]
    public async Task The_province_total_and_every_department_and_commune_carry_the_hand_computed_figures()
    {
        var doc = await StatisticsAsync(March);

        Assert.Equal("2026-03-01", doc.GetProperty("period").Str("from"));
        Assert.Equal("2026-03-25", doc.GetProperty("period").Str("to"));
        AssertFigures(doc.GetProperty("total"), received: 5, resolved: 2, inTime: 1, late: 1, open: 3, overdue: 1, num: 3, den: 5);
        var police = Unit(doc, Police);
        Assert.Equal(PoliceName, police.Str("name"));
        Assert.False(string.IsNullOrWhiteSpace(police.Str("nameEn")));
        Assert.NotEqual(police.Str("name"), police.Str("nameEn"));
        Assert.Equal("Province", police.Str("level"));
        Assert.Equal(4, police.GetProperty("receivedCounter").GetInt64());
        Assert.Equal(0, police.GetProperty("receivedOnline").GetInt64() + police.GetProperty("receivedPost").GetInt64());
        AssertFigures(police, received: 4, resolved: 2, inTime: 1, late: 1, open: 2, overdue: 1, num: 2, den: 4);
        var commune = Unit(doc, TranBien);
        Assert.Equal("Commune", commune.Str("level"));
        AssertFigures(commune, received: 1, resolved: 0, inTime: 0, late: 0, open: 1, overdue: 0, num: 1, den: 1);
        // A unit without dossiers still appears, with zeros and no rate.
        AssertFigures(Unit(doc, "000.00.09.H19"), 0, 0, 0, 0, 0, 0, 0, 0);

        var codes = doc.GetProperty("units").EnumerateArray().Select(u => u.Str("code")).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Contains("000.00.19.H19", codes);
        Assert.Contains("000.00.22.H19", codes);
        Assert.Contains("000.02.41.H19", codes);
        Assert.DoesNotContain("000.01.19.H19", codes);
        Assert.DoesNotContain("000.00.00.H19", codes);
        // The units' figures add up to the province's: every counted dossier belongs to exactly one of them.
        Assert.Equal(doc.GetProperty("total").GetProperty("received").GetInt64(),
            doc.GetProperty("units").EnumerateArray().Sum(u => u.GetProperty("received").GetInt64()));
    }

    [Fact]
    public async Task An_agency_narrows_the_total_to_it_and_its_units()
    {
        var doc = await StatisticsAsync(March + "&agency=" + Police);

        Assert.Equal(Police, doc.GetProperty("total").Str("code"));
        AssertFigures(doc.GetProperty("total"), received: 4, resolved: 2, inTime: 1, late: 1, open: 2, overdue: 1, num: 2, den: 4);

        var before = await StatisticsAsync("from=2026-03-01&to=2026-03-04&agency=" + Police);
        // By 4 March: A, B and C received, none ended; C's due date (17 Mar) has not passed at the period's end.
        AssertFigures(before.GetProperty("total"), received: 3, resolved: 0, inTime: 0, late: 0, open: 3, overdue: 0, num: 3, den: 3);
    }

    [Fact]
    public async Task The_csv_has_a_bom_a_header_invariant_numbers_and_parses_back_to_the_json_figures()
    {
        await ForAsync(app);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/public/statistics?" + March);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = Rfc4180.Parse(new UTF8Encoding(false).GetString(bytes[3..]));

        var header = rows[0];
        Assert.Equal(["row", "code", "name", "name_en", "level", "kind", "from", "to", "received"], header[..9]);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        string Cell(string[] row, string column) => row[Array.IndexOf(header, column)];
        var total = rows.Single(r => r[0] == "total");
        Assert.Equal("5", Cell(total, "received"));
        Assert.Equal("0.6", Cell(total, "on_time_rate"));
        var police = rows.Single(r => r[1] == Police);
        Assert.Equal(PoliceName, Cell(police, "name"));
        Assert.Equal(["2026-03-01", "2026-03-25"], [Cell(police, "from"), Cell(police, "to")]);
        Assert.Equal(["4", "2", "1", "2", "1", "2", "4", "0.5"],
            [Cell(police, "received"), Cell(police, "resolved"), Cell(police, "late"), Cell(police, "open"), Cell(police, "open_overdue"),
             Cell(police, "on_time_numerator"), Cell(police, "on_time_denominator"), Cell(police, "on_time_rate")]);
        // A name with commas survives the quoting.
        Assert.Contains(rows, r => r[2] == "Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai");

        var json = await StatisticsAsync(March);
        Assert.Equal(json.GetProperty("units").GetArrayLength(), rows.Count(r => r[0] == "unit"));
        foreach (var unit in json.GetProperty("units").EnumerateArray())
        {
            var line = rows.Single(r => r[1] == unit.Str("code"));
            Assert.Equal(unit.GetProperty("received").GetInt64(), long.Parse(Cell(line, "received"), CultureInfo.InvariantCulture));
            Assert.Equal(unit.GetProperty("late").GetInt64(), long.Parse(Cell(line, "late"), CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task A_plain_link_gets_the_csv_with_format_csv_and_json_stays_the_default()
    {
        await ForAsync(app);
        using var client = app.CreateClient();
        using var csv = await client.GetAsync("/api/v1/public/statistics?" + March + "&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", csv.Content.Headers.ContentDisposition?.DispositionType ?? "");
        using var json = await client.GetAsync("/api/v1/public/statistics?" + March);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("from=2026-13-01&to=2026-03-31", "stats-invalid-date")]
    [InlineData("from=01/03/2026&to=2026-03-31", "stats-invalid-date")]
    [InlineData("from=2026-03-01", "stats-invalid-date")]
    [InlineData("from=2026-03-10&to=2026-03-01", "stats-end-before-start")]
    [InlineData("from=2020-01-01&to=2026-01-02", "stats-period-too-long")]
    public async Task Bad_periods_are_refused_with_a_stable_code_on_both_endpoints(string query, string code)
    {
        using var client = app.CreateClient();
        await (await client.GetAsync("/api/v1/public/statistics?" + query)).Problem(HttpStatusCode.BadRequest, code);
        await (await client.GetAsync("/api/v1/public/index766?" + query)).Problem(HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task An_unknown_agency_is_a_404_with_its_code_and_an_english_title_on_request()
    {
        using var client = app.CreateClient();
        var vi = await (await client.GetAsync("/api/v1/public/statistics?" + March + "&agency=000.99.99.H19")).Problem(HttpStatusCode.NotFound, "stats-unknown-agency");
        Assert.Equal("Không có cơ quan, đơn vị mang mã này", vi.Str("title"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/public/statistics?" + March + "&agency=nope");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var en = await (await client.SendAsync(request)).Problem(HttpStatusCode.NotFound, "stats-unknown-agency");
        Assert.Equal("There is no agency with this code", en.Str("title"));
    }

    [Fact]
    public async Task Both_endpoints_are_in_the_openapi_document_under_the_public_tag()
    {
        using var client = app.CreateClient();
        var paths = (await client.Get("/api/v1/openapi.json")).GetProperty("paths");
        foreach (var path in new[] { "/api/v1/public/statistics", "/api/v1/public/index766" })
        {
            var get = paths.GetProperty(path).GetProperty("get");
            Assert.Equal("Public", get.GetProperty("tags")[0].GetString());
            var parameters = get.GetProperty("parameters").EnumerateArray().Select(p => p.Str("name")).ToList();
            Assert.Contains("from", parameters);
            Assert.Contains("to", parameters);
        }
    }

    [Fact]
    public async Task Without_dates_the_api_answers_the_current_month_up_to_today()
    {
        var doc = await StatisticsAsync("");
        Assert.Equal("2026-03-01", doc.GetProperty("period").Str("from"));
        Assert.Equal("2026-03-25", doc.GetProperty("period").Str("to"));
        Assert.Equal(5, doc.GetProperty("total").GetProperty("received").GetInt64());
    }

    [Fact]
    public async Task The_index_gives_six_groups_and_a_total_per_unit_with_its_model_version_or_says_it_is_unavailable()
    {
        await ForAsync(app);
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/api/v1/public/index766?" + March);
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            await response.Problem(HttpStatusCode.ServiceUnavailable, "index766-unavailable");
            return;
        }
        var doc = await response.Json(HttpStatusCode.OK);
        Assert.False(string.IsNullOrWhiteSpace(doc.Str("modelVersion")));
        var province = doc.GetProperty("province");
        Assert.Equal(6, province.GetProperty("groups").GetArrayLength());
        Assert.Equal(100m, province.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("maxPoints").GetDecimal()));
        Assert.Equal(province.GetProperty("total").GetDecimal(), province.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("score").GetDecimal()), 2);
        var departments = doc.GetProperty("departments").EnumerateArray().ToList();
        Assert.Contains(departments, d => d.Str("code") == Police);
        Assert.Contains(doc.GetProperty("communes").EnumerateArray(), c => c.Str("code") == TranBien);
        // A department that handled no dossier in the period is scored but not ranked (rank null).
        var ranked = departments.Where(d => d.GetProperty("rank").ValueKind == System.Text.Json.JsonValueKind.Number).ToList();
        Assert.Contains(ranked, d => d.Str("code") == Police);
        Assert.All(ranked, d => Assert.InRange(d.GetProperty("rank").GetInt32(), 1, ranked.Count));
        Assert.All(departments.Except(ranked), d => Assert.Equal(System.Text.Json.JsonValueKind.Null, d.GetProperty("rank").ValueKind));
        Assert.All(departments, d => Assert.InRange(d.GetProperty("total").GetDecimal(), 0m, 100m));

        using var csv = await client.GetAsync("/api/v1/public/index766?" + March + "&format=csv");
        var rows = Rfc4180.Parse(new UTF8Encoding(false).GetString((await csv.Content.ReadAsByteArrayAsync())[3..]));
        Assert.Equal(1 + 1 + departments.Count + doc.GetProperty("communes").GetArrayLength(), rows.Count);
    }
}

public sealed class OpenDataApiOnSqlite(SqliteApp app) : OpenDataApiTests<SqliteApp>(app);

public sealed class OpenDataApiOnPostgres(PostgresApp app) : OpenDataApiTests<PostgresApp>(app);
