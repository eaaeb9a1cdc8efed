using System.Net;
using System.Text.RegularExpressions;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.PublicCatalogue;

/// <summary>The public catalogue pages over HTTP, without sign-in or JavaScript, on SQLite and PostgreSQL.</summary>
public abstract partial class PublicCatalogueTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private const string Police = "000.00.20.H19";
    private const string CertifiedSignature = "2.000884";

    [Theory]
    [InlineData("ly lich tu phap", JudicialRecord)]
    [InlineData("LÝ LỊCH TƯ PHÁP", JudicialRecord)]
    [InlineData("2.000488", JudicialRecord)]
    [InlineData("dang ky khai sinh", BirthRegistration)]
    [InlineData("doi giay phep lai xe", "1.002804")]
    public async Task The_catalogue_is_searched_by_name_or_code_without_diacritics(string query, string expected)
    {
        var page = await GetAsync("/thu-tuc?q=" + Uri.EscapeDataString(query));

        var codes = Codes(page);
        Assert.Equal(expected, codes[0]);
        Assert.Contains($"value=\"{query}\"", WebUtility.HtmlDecode(page));
    }

    [Fact]
    public async Task A_search_that_matches_nothing_says_so()
    {
        var page = await GetAsync("/thu-tuc?q=khong+co+thu+tuc+nay");
        Assert.Empty(Codes(page));
        Assert.Contains("Không tìm thấy thủ tục phù hợp", page);
    }

    [Fact]
    public async Task Filters_by_field_agency_level_and_online_level_narrow_the_list()
    {
        var civilStatus = Codes(await GetAsync("/thu-tuc?linh-vuc=HT"));
        Assert.Contains(BirthRegistration, civilStatus);
        Assert.DoesNotContain(JudicialRecord, civilStatus);
        Assert.Equal(7, civilStatus.Length);

        var police = Codes(await GetAsync("/thu-tuc?co-quan=" + Police));
        Assert.Equal(["1.002804", "1.004194", "1.004222", "1.010049", JudicialRecord], police.Order().ToArray());

        var commune = Codes(await GetAsync("/thu-tuc?cap=commune&linh-vuc=CT"));
        Assert.Equal(3, commune.Length);
        var onlineCertification = Codes(await GetAsync("/thu-tuc?cap=commune&linh-vuc=CT&truc-tuyen=online"));
        Assert.Equal(["2.000908"], onlineCertification);

        var both = await GetAsync("/thu-tuc?q=dang+ky&linh-vuc=CU");
        Assert.Equal(["1.004194", "1.004222"], Codes(both).Order().ToArray());
        Assert.Matches("<option value=\"CU\" selected", both);
    }

    [Fact]
    public async Task The_whole_catalogue_is_paged_and_no_procedure_is_lost_between_pages()
    {
        var first = await GetAsync("/thu-tuc");
        var second = await GetAsync("/thu-tuc?trang=2");

        Assert.Contains("Tìm thấy 32 thủ tục", first);
        Assert.Equal(20, Codes(first).Length);
        Assert.Equal(12, Codes(second).Length);
        Assert.Empty(Codes(first).Intersect(Codes(second)));
        Assert.Contains("href=\"/thu-tuc?trang=2\"", first);
        Assert.Contains("Trang 2/2", second);
    }

    [Fact]
    public async Task The_procedure_page_shows_time_fees_documents_steps_where_to_submit_and_the_online_button()
    {
        var page = WebUtility.HtmlDecode(await GetAsync("/thu-tuc/" + JudicialRecord));

        Assert.Matches("<h1[^>]*>Cấp Phiếu lý lịch tư pháp", page);
        Assert.Contains("10 ngày làm việc", page);
        Assert.Contains("Công an tỉnh Đồng Nai", page);
        Assert.Contains("Lý lịch tư pháp", page);
        Assert.Contains("200.000 đồng", page);
        Assert.Contains("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", page);
        Assert.Contains("Bản chính", page);
        Assert.Contains("Bắt buộc", page);
        Assert.Contains("Số lượng: 1", page);
        Assert.Contains("Tiếp nhận", page);
        Assert.Contains("Trung tâm Phục vụ hành chính công tỉnh Đồng Nai", page);
        Assert.Contains("Dịch vụ công trực tuyến toàn trình", page);
        Assert.Contains($"href=\"/cong-dan/nop-ho-so/{JudicialRecord}\"", page);

        var counterOnly = await GetAsync("/thu-tuc/" + CertifiedSignature);
        Assert.DoesNotContain("/cong-dan/nop-ho-so/", counterOnly);
        Assert.Contains("Chỉ nộp trực tiếp hoặc qua bưu chính", counterOnly);
        Assert.Contains("Trong ngày (nếu nộp trước 15:00)", counterOnly);
    }

    [Fact]
    public async Task The_pages_read_in_English_with_lang_en_and_an_unknown_code_is_404()
    {
        using var client = app.CreateClient();
        var list = await client.GetStringAsync("/thu-tuc?q=ly+lich&lang=en");
        Assert.Contains("Administrative procedures", list);
        Assert.Contains($"href=\"/thu-tuc/{JudicialRecord}?lang=en\"", list);
        var page = await client.GetStringAsync($"/thu-tuc/{JudicialRecord}?lang=en");
        Assert.Contains("10 working days", page);
        Assert.Contains("VND 200,000", page);
        Assert.Contains("Submit online", page);

        var missing = await client.GetAsync("/thu-tuc/0.000000");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Không tìm thấy thủ tục", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_portal_home_leads_to_the_catalogue_and_to_my_dossiers()
    {
        var home = await GetAsync("/");
        Assert.Contains("href=\"/thu-tuc\"", home);
        Assert.Contains("href=\"/cong-dan/ho-so-cua-toi\"", home);
        Assert.Contains("href=\"/cong-dan/dang-ky\"", home);
    }

    private async Task<string> GetAsync(string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        return html;
    }

    private static string[] Codes(string html) => ProcedureLink().Matches(html).Select(m => m.Groups[1].Value).ToArray();

    [GeneratedRegex("<h2[^>]*><a[^>]*href=\"/thu-tuc/([^\"?]+)[^\"]*\"")]
    private static partial Regex ProcedureLink();
}

public sealed class PublicCatalogueOnSqlite(SqliteApp app) : PublicCatalogueTests<SqliteApp>(app);

public sealed class PublicCatalogueOnPostgres(PostgresApp app) : PublicCatalogueTests<PostgresApp>(app);
