using System.Net;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Desk;

/// <summary>The dossier page over HTTP: who sees what, the 403 and 404 pages, and actions posted as forms.</summary>
public abstract class DossierPageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private async Task<string> TransferredDossierAsync(DateTimeOffset at)
    {
        app.Clock.Set(at);
        var reception = await app.ClientFor(Reception);
        var code = (await reception.Intake(JudicialRecordIntake())).Str("code");
        await reception.ActOk(code, "transfer");
        return code;
    }

    [Fact]
    public async Task The_phone_and_identity_number_are_masked_for_officers_who_do_not_need_them()
    {
        var code = await TransferredDossierAsync(TestClock.Vn(2026, 6, 1, 9, 0));

        var (_, specialist) = await (await app.PagesFor(PoliceSpecialist)).Page($"/can-bo/ho-so/{code}");
        var (_, reception) = await (await app.PagesFor(Reception)).Page($"/can-bo/ho-so/{code}");
        var (_, supervisor) = await (await app.PagesFor(Supervisor)).Page($"/can-bo/ho-so/{code}");

        Assert.Contains("0912345678", specialist);
        Assert.Contains("075090001234", specialist);
        Assert.Contains("0912345678", reception);
        Assert.DoesNotContain("0912345678", supervisor);
        Assert.DoesNotContain("075090001234", supervisor);
        Assert.Contains("••••5678", supervisor);
        Assert.Contains("••••••••1234", supervisor);
        Assert.Contains("a•••@example.vn", supervisor);

        // Once the step moves on to the leader, the specialist no longer needs the contact details.
        await (await app.ClientFor(PoliceSpecialist)).ActOk(code, "forward");
        var (_, afterForward) = await (await app.PagesFor(PoliceSpecialist)).Page($"/can-bo/ho-so/{code}");
        Assert.DoesNotContain("0912345678", afterForward);
        Assert.Contains("••••5678", afterForward);
    }

    [Fact]
    public async Task Every_full_view_of_personal_data_is_recorded_and_shown_to_the_unit_leader()
    {
        var code = await TransferredDossierAsync(TestClock.Vn(2026, 6, 3, 9, 0));

        app.Clock.Set(TestClock.Vn(2026, 6, 3, 10, 0));
        await (await app.PagesFor(PoliceSpecialist)).Page($"/can-bo/ho-so/{code}");
        app.Clock.Set(TestClock.Vn(2026, 6, 3, 10, 5));
        await (await app.ClientFor(Reception)).Get($"/api/v1/dossiers/{code}");
        // The supervisor sees a masked page: nothing personal shown, nothing recorded.
        await (await app.PagesFor(Supervisor)).Page($"/can-bo/ho-so/{code}");

        var (_, leader) = await (await app.PagesFor(PoliceLeader)).Page($"/can-bo/ho-so/{code}");
        Assert.Contains("Lượt xem thông tin cá nhân của người nộp", leader);
        var reads = ReadRows().Matches(leader).Select(m => (m.Groups["at"].Value, m.Groups["who"].Value, m.Groups["where"].Value)).ToList();
        // Newest first: the leader's own view of this page, the API read by the counter, the specialist's page.
        Assert.Equal(3, reads.Count);
        Assert.Equal(("10:05 03/06/2026", "Trần Thị Thu Hà", "Giao diện lập trình (API)"), reads[1]);
        Assert.Equal(("10:00 03/06/2026", "Nguyễn Hữu Thắng", "Trang hồ sơ"), reads[2]);
        Assert.Equal("Trần Đình Nam", reads[0].Item2);

        var (_, specialist) = await (await app.PagesFor(PoliceSpecialist)).Page($"/can-bo/ho-so/{code}");
        Assert.DoesNotContain("Lượt xem thông tin cá nhân của người nộp", specialist);
    }

    private static System.Text.RegularExpressions.Regex ReadRows() => new(
        @"<tr[^>]*>\s*<td[^>]*>(?<at>\d\d:\d\d \d\d/\d\d/\d{4})</td>\s*<td[^>]*>(?<who>[^<]+)</td>\s*<td[^>]*>(?<where>[^<]+)</td>\s*</tr>");

    [Fact]
    public async Task An_officer_outside_the_dossier_gets_a_403_page_and_an_unknown_code_a_404_page()
    {
        var code = await TransferredDossierAsync(TestClock.Vn(2026, 6, 2, 9, 0));
        var building = await app.PagesFor(BuildingSpecialist);

        var (forbidden, forbiddenHtml) = await building.Page($"/can-bo/ho-so/{code}");
        var (missing, missingHtml) = await building.Page("/can-bo/ho-so/000.00.19.H19-260602-9999");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden);
        Assert.Matches("<h1[^>]*>Không có quyền xem hồ sơ</h1>", forbiddenHtml);
        Assert.DoesNotContain("Nguyễn Văn An", forbiddenHtml);
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Matches("<h1[^>]*>Không tìm thấy hồ sơ</h1>", missingHtml);
    }

    [Fact]
    public async Task A_dossier_not_accepted_at_reception_is_shown_under_its_TN_reference_with_its_form_02()
    {
        app.Clock.Set(TestClock.Vn(2026, 6, 2, 10, 0));
        var reception = await app.ClientFor(Reception);
        var reference = (await reception.Intake(JudicialRecordIntake(components: ["TP01"], outcome: "RequestSupplement",
            missing: ["Ảnh chân dung 4x6"]))).Str("reference");

        var (status, html) = await (await app.PagesFor(Reception)).Page($"/can-bo/ho-so/{reference}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(reference, html);
        Assert.Contains("Hướng dẫn bổ sung (chưa tiếp nhận)", html);
        Assert.Contains("Ảnh chân dung 4x6", html);
        Assert.Contains($"href=\"/api/v1/dossiers/{reference}/forms/02\" target=\"_blank\"", html);
        Assert.DoesNotContain("/forms/01", html);
        Assert.Contains("Bạn không có thao tác nào trên hồ sơ này lúc này.", html);
    }

    [Fact]
    public async Task A_successful_action_redirects_to_the_page_with_a_confirmation()
    {
        var code = await TransferredDossierAsync(TestClock.Vn(2026, 6, 3, 9, 0));
        var specialist = await app.PagesFor(PoliceSpecialist);
        var url = $"/can-bo/ho-so/{code}";
        var version = (await (await app.ClientFor(PoliceSpecialist)).GetAsync($"/api/v1/dossiers/{code}")).Headers.ETag!.Tag.Trim('"');

        var response = await specialist.PostForm(url, "act-forward", new Dictionary<string, string>
        {
            ["Input.Action"] = "forward", ["Input.Version"] = version, ["Input.Note"] = "Đã tra cứu, đủ điều kiện",
        });

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther,
            $"expected a redirect, got {(int)response.StatusCode}");
        Assert.EndsWith($"{url}?done=forward", response.Headers.Location!.OriginalString);
        var (_, confirmed) = await specialist.Page(response.Headers.Location.OriginalString);
        Assert.Contains("Đã hoàn thành bước và chuyển sang bước tiếp theo.", confirmed);
        Assert.Contains("Đã tra cứu, đủ điều kiện", confirmed);
    }

    [Fact]
    public async Task A_concurrent_change_asks_to_reload_and_keeps_what_the_officer_typed()
    {
        var code = await TransferredDossierAsync(TestClock.Vn(2026, 6, 4, 9, 0));
        var url = $"/can-bo/ho-so/{code}";
        var leader = await app.PagesFor(PoliceLeader);
        var stale = (await (await app.ClientFor(PoliceLeader)).GetAsync($"/api/v1/dossiers/{code}")).Headers.ETag!.Tag.Trim('"');
        // Meanwhile the leader's colleague assigns the step: the version the page showed is no longer current.
        await (await app.ClientFor(PoliceLeader)).ActOk(code, "assign", new { assigneeEmail = PoliceSpecialist });

        var response = await leader.PostForm(url, "act-consult", new Dictionary<string, string>
        {
            ["Input.Action"] = "consult", ["Input.Version"] = stale, ["Input.AgencyCode"] = TaxOffice,
            ["Input.Question"] = "Người yêu cầu có nợ thuế không?", ["Input.DueInWorkingDays"] = "3",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Hồ sơ vừa được người khác cập nhật; vui lòng tải lại", html);
        Assert.Contains("Người yêu cầu có nợ thuế không?", html);
        Assert.Contains($"value=\"{TaxOffice}\" selected", html);
        Assert.Equal(0, (await (await app.ClientFor(PoliceLeader)).Get($"/api/v1/dossiers/{code}")).GetProperty("consultations").GetArrayLength());
    }

    [Fact]
    public async Task A_form_without_the_version_the_officer_saw_changes_nothing()
    {
        var code = await TransferredDossierAsync(TestClock.Vn(2026, 6, 4, 14, 0));
        var specialist = await app.PagesFor(PoliceSpecialist);

        var response = await specialist.PostForm($"/can-bo/ho-so/{code}", "act-forward", new Dictionary<string, string>
        {
            ["Input.Action"] = "forward", ["Input.Note"] = "Không có phiên bản",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hồ sơ vừa được người khác cập nhật; vui lòng tải lại", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(1, (await (await app.ClientFor(PoliceSpecialist)).Get($"/api/v1/dossiers/{code}")).GetProperty("currentStep").GetInt32());
    }

    [Fact]
    public async Task A_refused_action_shows_its_rule_and_field_errors_next_to_the_fields()
    {
        var code = await TransferredDossierAsync(TestClock.Vn(2026, 6, 5, 9, 0));
        var url = $"/can-bo/ho-so/{code}";
        var specialist = await app.PagesFor(PoliceSpecialist);
        var version = (await (await app.ClientFor(PoliceSpecialist)).GetAsync($"/api/v1/dossiers/{code}")).Headers.ETag!.Tag.Trim('"');

        var response = await specialist.PostForm(url, "act-request-supplement", new Dictionary<string, string>
        {
            ["Input.Action"] = "request-supplement", ["Input.Version"] = version, ["Input.Items"] = "Bản sao hộ khẩu",
        });

        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("id=\"act-request-supplement-reason-error\" class=\"field-error\"[^>]*>Bắt buộc nhập<", html);
        Assert.Contains("aria-describedby=\"act-request-supplement-reason-error\"", html);
        Assert.Contains(">Bản sao hộ khẩu</textarea>", html);
        Assert.Equal("InProcessing", (await (await app.ClientFor(PoliceSpecialist)).Get($"/api/v1/dossiers/{code}")).Str("status"));
    }
}

public sealed class DossierPageOnSqlite(SqliteApp app) : DossierPageTests<SqliteApp>(app);

public sealed class DossierPageOnPostgres(PostgresApp app) : DossierPageTests<PostgresApp>(app);
