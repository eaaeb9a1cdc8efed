using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Administration;
using MotCua.Web.Features.Statistics;
using MotCua.Web.Features.Statistics.Index766;
using MotCua.Web.Tests.Administration;
using MotCua.Web.Tests.Desk;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Statistics.Index766;

/// <summary>The administrator's table of index figures: the page, its checks and the change log, on both engines.</summary>
public abstract class Index766AdminTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private const string Url = "/can-bo/quan-tri/chi-so-766";

    private static Dictionary<string, string> Fields(string indicator, string unit, string from, string to, string numerator, string denominator, string note = "") => new()
    {
        ["Input.Indicator"] = indicator, ["Input.Unit"] = unit, ["Input.From"] = from, ["Input.To"] = to,
        ["Input.Numerator"] = numerator, ["Input.Denominator"] = denominator, ["Input.Note"] = note,
    };

    private Task<int> AgencyId(string code) => app.InDb(db => db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());

    private Task<List<Index766AdminInput>> RowsOf(string indicator) =>
        app.InDb(db => db.Set<Index766AdminInput>().AsNoTracking().Where(r => r.IndicatorCode == indicator).OrderBy(r => r.From).ToListAsync());

    [Fact]
    public async Task An_administrator_adds_edits_and_deletes_a_figure_through_the_page_and_each_change_is_logged()
    {
        var admin = await app.PagesFor(AdminHarness.AdminEmail);
        var commune = await AgencyId(Api.TranBien);
        var unit = commune.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var added = await admin.PostForm(Url, "index766-input", Fields("1.4", unit, "2025-07-01", "2025-09-30", "7.817", "10.000", "Cổng DVCQG, xem ngày 05/10/2025"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var row = Assert.Single(await RowsOf("1.4"));
        Assert.Equal((commune, 7817L, 10000L, "Cổng DVCQG, xem ngày 05/10/2025"), (row.AgencyId!.Value, row.Numerator, row.Denominator, row.Note));
        var (status, list) = await admin.Page(Url + "?chi-so=1.4");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Phường Trấn Biên", list, StringComparison.Ordinal);
        Assert.Contains("78,17", list, StringComparison.Ordinal);

        var edited = await admin.PostForm($"{Url}?sua={row.Id}", "index766-input", Fields("1.4", unit, "2025-07-01", "2025-09-30", "8000", "10000", "Sửa theo số liệu mới"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(8000L, Assert.Single(await RowsOf("1.4")).Numerator);

        var deleted = await admin.PostForm(Url, "index766-delete", new Dictionary<string, string> { ["Remove.Id"] = row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Empty(await RowsOf("1.4"));

        var log = await app.AuditOf(AdminEntities.Index766Input, $"1.4 {Api.TranBien} 2025-07-01..2025-09-30");
        Assert.Equal([AdminAuditAction.Create, AdminAuditAction.Update, AdminAuditAction.Delete], log.Select(e => e.Action));
        Assert.Equal(8000, log[1].Summary().GetProperty("after").GetProperty("Numerator").GetInt64());
    }

    [Theory]
    [InlineData("", "", "2025-07-01", "2025-07-31", "1", "2", "Indicator", "Vui lòng nhập trường này.")]
    [InlineData("2.1", "", "2025-07-01", "2025-07-31", "1", "2", "Indicator", "Chỉ số này không lấy số liệu từ bảng của quản trị viên.")]
    [InlineData("1.1", "999999", "2025-07-01", "2025-07-31", "1", "2", "Unit", "Đơn vị không phải một sở, ngành hay xã của tỉnh.")]
    [InlineData("1.1", "", "2025-02-30", "2025-07-31", "1", "2", "From", "Ngày không hợp lệ (định dạng yyyy-MM-dd).")]
    [InlineData("1.1", "", "2025-07-31", "2025-07-01", "1", "2", "To", "Ngày kết thúc phải từ ngày bắt đầu trở đi.")]
    [InlineData("1.1", "", "2025-07-01", "2025-07-31", "-1", "2", "Numerator", "Nhập một số nguyên từ 0 trở lên.")]
    [InlineData("1.1", "", "2025-07-01", "2025-07-31", "0,5", "2", "Numerator", "Nhập một số nguyên từ 0 trở lên.")]
    [InlineData("1.1", "", "2025-07-01", "2025-07-31", "1", "1.00", "Denominator", "Nhập một số nguyên từ 0 trở lên.")]
    [InlineData("1.1", "", "2025-07-01", "2025-07-31", "3", "2", "Numerator", "Tử số không được lớn hơn mẫu số.")]
    [InlineData("1.1", "", "2025-07-01", "2025-07-31", "1", "", "Denominator", "Vui lòng nhập trường này.")]
    public async Task Bad_input_is_refused_with_the_error_next_to_its_field_and_nothing_saved(string indicator, string unit, string from, string to,
        string numerator, string denominator, string field, string message)
    {
        var admin = await app.PagesFor(AdminHarness.AdminEmail);

        var response = await admin.PostForm(Url, "index766-input", Fields(indicator, unit, from, to, numerator, denominator));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var errorId = Regex.Escape(Features.Administration.Pages.AdminFieldError.IdFor(field));
        Assert.Matches($"aria-invalid=\"true\" aria-describedby=\"[^\"]*{errorId}\"", html);
        Assert.Matches($"<div id=\"{errorId}\" class=\"field-error\"[^>]*><p class=\"field-error\"[^>]*>{Regex.Escape(message)}</p>", html);
        Assert.Empty(await app.InDb(db => db.Set<Index766AdminInput>().Where(r => r.From == new DateOnly(2025, 7, 1) && r.IndicatorCode == "1.1").ToListAsync()));
    }

    [Fact]
    public async Task Periods_of_one_indicator_and_unit_may_not_overlap_but_another_unit_may_have_the_same_period()
    {
        var first = await app.AsAdmin<Index766InputAdmin>((s, actor) => s.SaveAsync(null, new Index766InputForm { Indicator = "1.2", From = "2025-01-01", To = "2025-03-31", Numerator = "5", Denominator = "5" }, actor));
        var overlapping = await app.AsAdmin<Index766InputAdmin>((s, actor) => s.SaveAsync(null, new Index766InputForm { Indicator = "1.2", From = "2025-03-01", To = "2025-03-31", Numerator = "1", Denominator = "1" }, actor));
        var police = (await AgencyId(Api.Police)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var otherUnit = await app.AsAdmin<Index766InputAdmin>((s, actor) => s.SaveAsync(null, new Index766InputForm { Indicator = "1.2", Unit = police, From = "2025-03-01", To = "2025-03-31", Numerator = "1", Denominator = "1" }, actor));

        Assert.True(first.Ok);
        Assert.Equal(["overlap"], overlapping.Keys("From"));
        Assert.Equal(["2025-01-01", "2025-03-31"], overlapping.For("From")[0].Args.Cast<string>());
        Assert.True(otherUnit.Ok);
    }

    [Fact]
    public async Task Deleting_a_figure_that_is_gone_says_so()
    {
        var result = await app.AsAdmin<Index766InputAdmin>((s, actor) => s.DeleteAsync(987654, actor));

        Assert.Equal(["notFound"], result.Keys(""));
    }

    [Fact]
    public async Task The_page_explains_the_model_in_force_in_both_languages()
    {
        var admin = await app.PagesFor(AdminHarness.AdminEmail);

        var (vi, vn) = await admin.Page(Url);
        var (en, english) = await admin.Page(Url + "?lang=en");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (vi, en));
        Assert.Contains("Bộ chỉ số đang áp dụng: 766/QĐ-TTg (2022), hiệu lực từ 23/06/2022", vn, StringComparison.Ordinal);
        Assert.Contains("Statistics:Index766:ModelFile", vn, StringComparison.Ordinal);
        Assert.Contains("Index in force: 766/QĐ-TTg (2022), effective from 23 Jun 2022", english, StringComparison.Ordinal);
        Assert.Contains("Dossiers synchronised to the National Public Service Portal", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_catalogue_counts_of_3_1_are_read_on_this_engine()
    {
        var period = new StatPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        var tree = await scope.ServiceProvider.GetRequiredService<Features.Organisation.OrganisationCache>().GetAsync();
        var inForce = await db.Procedures.Where(p => p.EffectiveFrom <= period.To && (p.EffectiveTo == null || p.EffectiveTo >= period.From)).ToListAsync();

        var catalogue = await Index766Catalogue.LoadAsync(db, period, CancellationToken.None);
        var province = catalogue.For(null, tree);

        Assert.True(inForce.Count > 0);
        Assert.Equal(new Ratio(inForce.Count(p => p.OnlineLevel != Features.Catalogue.OnlineLevel.None), inForce.Count), province.OnlineProcedures);
        Assert.Equal(province.OnlineProcedures.Numerator, province.OnlineProceduresUsed.Denominator);
    }
}

public sealed class Index766AdminOnSqlite(SqliteApp app) : Index766AdminTests<SqliteApp>(app);

public sealed class Index766AdminOnPostgres(PostgresApp app) : Index766AdminTests<PostgresApp>(app);

/// <summary>
/// On SQLite only, like AdminPagesTests: on PostgreSQL, reading the body of a 403 page in the test host was seen to hang
/// (also for /can-bo/quan-tri, intermittently), which is not this feature's behaviour to test.
/// </summary>
public sealed class Index766AdminAccessTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData(Api.Reception)]
    [InlineData(Api.PoliceLeader)]
    public async Task Only_the_administrator_opens_the_page(string email)
    {
        var officer = await app.PagesFor(email);

        var (status, _) = await officer.Page("/can-bo/quan-tri/chi-so-766");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }
}
