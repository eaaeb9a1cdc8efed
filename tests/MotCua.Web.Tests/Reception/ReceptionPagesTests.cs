using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.ReceptionCounter;

/// <summary>The counter pages over HTTP, as a browser without JavaScript uses them, on SQLite and PostgreSQL.</summary>
public abstract partial class ReceptionPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private const string DongXoaiBranch = "000.01.19.H19";
    private const string DongXoaiReception = "reception.dongxoai@demo.motcua.vn";
    private const string ResidenceConfirmation = "1.010049";
    private const string DrivingLicence = "1.002804";
    private const string CompanyRegistration = "2.001610";

    [Fact]
    public async Task The_catalogue_is_searched_by_name_or_code_ignoring_diacritics_and_case()
    {
        using var officer = await CounterSession.SignInAsync(app, Reception);

        var byName = await officer.GetAsync("/can-bo/tiep-nhan?q=LY+LICH+tu+phap");
        Assert.Equal([JudicialRecord], Codes(byName));
        Assert.Contains($"href=\"/can-bo/tiep-nhan/{JudicialRecord}\"", byName);

        var birth = Codes(await officer.GetAsync("/can-bo/tiep-nhan?q=%C4%90%C4%82NG+k%C3%BD+khai+sinh"));
        Assert.Equal(BirthRegistration, birth[0]);
        Assert.DoesNotContain(JudicialRecord, birth);
        Assert.Equal([JudicialRecord], Codes(await officer.GetAsync("/can-bo/tiep-nhan?q=2.000488")));
        Assert.Empty(Codes(await officer.GetAsync("/can-bo/tiep-nhan?q=khong+co+thu+tuc+nay")));
    }

    [Fact]
    public async Task The_officers_recent_procedures_and_the_frequent_ones_at_their_point_come_before_the_catalogue()
    {
        var center = await app.ClientFor(Reception);
        object At(string procedure) => new
        {
            procedureCode = procedure,
            channel = "Counter",
            receivingPointCode = DongXoaiBranch,
            applicant = new { kind = "Person", fullName = "Lê Văn Cường", idNumber = "079088000111" },
            receivedComponents = new[] { "TP01", "TP02", "TP03", "TP04", "TP05" }.Take(procedure == CompanyRegistration ? 5 : procedure == DrivingLicence ? 4 : 2).ToArray(),
        };
        // Forty days ago: outside the 30 days that count as frequent.
        app.Clock.Set(TestClock.Vn(2026, 3, 25, 9, 0));
        for (var i = 0; i < 3; i++) await center.Intake(At(CompanyRegistration));
        app.Clock.Set(TestClock.Vn(2026, 5, 4, 9, 0));
        await center.Intake(At(ResidenceConfirmation));
        await center.Intake(At(JudicialRecord));
        await center.Intake(At(JudicialRecord));

        using var branchOfficer = await CounterSession.SignInAsync(app, DongXoaiReception);
        var first = await branchOfficer.GetAsync("/can-bo/tiep-nhan");
        Assert.DoesNotContain("id=\"recent-title\"", first);
        Assert.Equal([JudicialRecord, ResidenceConfirmation], Codes(Section(first, "frequent")));
        Assert.Contains(CompanyRegistration, Codes(Section(first, "catalogue")));

        var branch = await app.ClientFor(DongXoaiReception);
        await branch.Intake(At(DrivingLicence));
        var after = await branchOfficer.GetAsync("/can-bo/tiep-nhan");
        Assert.Equal([DrivingLicence], Codes(Section(after, "recent")));
        Assert.Equal([JudicialRecord, ResidenceConfirmation], Codes(Section(after, "frequent")));
    }

    [Fact]
    public async Task Posting_the_same_intake_form_twice_creates_one_dossier()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 3, 9, 0));
        using var officer = await CounterSession.SignInAsync(app, Reception);
        var url = $"/can-bo/tiep-nhan/{JudicialRecord}";
        var form = await officer.GetAsync(url);
        var key = CounterSession.InputValue(form, "Input.Key");
        Assert.False(string.IsNullOrEmpty(key));
        Dictionary<string, string> Fields(string phone) => new()
        {
            ["_handler"] = "intake",
            ["Input.Key"] = key!,
            ["Input.Kind"] = "Person",
            ["Input.FullName"] = "Phạm Thị Dung",
            ["Input.IdNumber"] = "075190002222",
            ["Input.Phone"] = phone,
            ["Input.Language"] = "vi",
            ["Input.Channel"] = "Counter",
            ["Input.Outcome"] = "Accept",
        };
        KeyValuePair<string, string>[] ticked = [new("Input.Received", "TP01"), new("Input.Received", "TP02")];

        var first = await officer.PostAsync(url, form, Fields("0912000222"), ticked);
        var second = await officer.PostAsync(url, form, Fields("0912000222"), ticked);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Matches(@"/can-bo/tiep-nhan/ket-qua/000\.00\.19\.H19-260303-\d{4}$", first.Headers.Location!.ToString());
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
            Assert.Equal(1, await db.Dossiers.CountAsync(d => d.ApplicantIdNumber == "075190002222"));
        }

        var changed = await officer.PostAsync(url, form, Fields("0912000333"), ticked);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("Biểu mẫu này đã được gửi", await changed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_incomplete_dossier_is_not_accepted_and_the_form_keeps_what_the_officer_typed()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 4, 9, 0));
        using var officer = await CounterSession.SignInAsync(app, Reception);
        var url = $"/can-bo/tiep-nhan/{JudicialRecord}";
        var form = await officer.GetAsync(url);

        var response = await officer.PostAsync(url, form, new()
        {
            ["_handler"] = "intake",
            ["Input.Key"] = CounterSession.InputValue(form, "Input.Key")!,
            ["Input.FullName"] = "Võ Minh Em",
            ["Input.Phone"] = "12345",
            ["Input.Outcome"] = "Accept",
        }, [new("Input.Received", "TP01")]);

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Võ Minh Em", CounterSession.InputValue(page, "Input.FullName"));
        Assert.Matches("id=\"phone-error\" class=\"field-error\"[^>]*>Số điện thoại không hợp lệ", page);
        Assert.Matches("<input id=\"phone\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"phone-hint phone-error\"", page);
        Assert.Matches("value=\"TP01\" checked", page);
        Assert.DoesNotMatch("value=\"TP02\" checked", page);
    }

    [Fact]
    public async Task A_commune_procedure_received_at_the_center_names_its_competent_commune_and_a_commune_defaults_to_itself()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 12, 9, 0));
        using var officer = await CounterSession.SignInAsync(app, Reception);
        var url = $"/can-bo/tiep-nhan/{BirthRegistration}";
        var form = await officer.GetAsync(url);
        Assert.Matches("<option value(=\"\")? selected[^>]*>— Chọn xã, phường —", form);
        Dictionary<string, string> Fields(string commune) => new()
        {
            ["_handler"] = "intake",
            ["Input.Key"] = CounterSession.InputValue(form, "Input.Key")!,
            ["Input.FullName"] = "Ngô Thị Hoa",
            ["Input.Competent"] = commune,
            ["Input.Outcome"] = "Accept",
        };
        KeyValuePair<string, string>[] ticked = [new("Input.Received", "TP01"), new("Input.Received", "TP02"), new("Input.Received", "TP03")];

        var unnamed = await (await officer.PostAsync(url, form, Fields(""), ticked)).Content.ReadAsStringAsync();
        Assert.Matches("id=\"competent-error\" class=\"field-error\"[^>]*>Cần chỉ rõ xã, phường có thẩm quyền giải quyết", unnamed);
        Assert.Matches("<select id=\"competent\"[^>]*aria-invalid=\"true\"", unnamed);

        var named = await officer.PostAsync(url, form, Fields(TranBien), ticked);
        Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        var code = named.Headers.Location!.ToString().Split('/')[^1];
        var dossier = await (await app.ClientFor(Reception)).Get($"/api/v1/dossiers/{code}");
        Assert.Equal(TranBien, dossier.Str("competentAgencyCode"));

        using var commune = await CounterSession.SignInAsync(app, CommuneReception);
        Assert.Matches($"<option value=\"{Regex.Escape(TranBien)}\" selected", await commune.GetAsync(url));
    }

    [Fact]
    public async Task A_known_applicant_is_pre_filled_from_their_latest_dossier_within_the_officers_agencies()
    {
        var reception = await app.ClientFor(Reception);
        app.Clock.Set(TestClock.Vn(2026, 3, 5, 9, 0));
        await reception.Intake(new
        {
            procedureCode = JudicialRecord,
            channel = "Counter",
            receivedComponents = new[] { "TP01", "TP02" },
            applicant = new { kind = "Person", fullName = "Đỗ Thị Giang", idNumber = "075190003333", phone = "0912000444", address = "Phường Tam Hiệp" },
        });
        app.Clock.Set(TestClock.Vn(2026, 3, 6, 9, 0));
        await reception.Intake(new
        {
            procedureCode = JudicialRecord,
            channel = "Counter",
            receivedComponents = new[] { "TP01", "TP02" },
            applicant = new { kind = "Person", fullName = "Đỗ Thị Giang", idNumber = "075190003333", phone = "0912000555", email = "giang@example.vn", address = "Phường Long Bình" },
        });

        using var officer = await CounterSession.SignInAsync(app, Reception);
        var page = await officer.GetAsync($"/can-bo/tiep-nhan/{ResidenceConfirmation}?cccd=075190003333");
        Assert.Equal("Đỗ Thị Giang", CounterSession.InputValue(page, "Input.FullName"));
        Assert.Equal("0912000555", CounterSession.InputValue(page, "Input.Phone"));
        Assert.Equal("Phường Long Bình", CounterSession.InputValue(page, "Input.Address"));
        Assert.Equal("075190003333", CounterSession.InputValue(page, "Input.IdNumber"));

        using var commune = await CounterSession.SignInAsync(app, CommuneReception);
        var elsewhere = await commune.GetAsync($"/can-bo/tiep-nhan/{ResidenceConfirmation}?cccd=075190003333");
        Assert.Null(CounterSession.InputValue(elsewhere, "Input.FullName"));
        Assert.Equal("075190003333", CounterSession.InputValue(elsewhere, "Input.IdNumber"));
    }

    [Fact]
    public async Task The_find_page_offers_exactly_the_counter_actions_the_lifecycle_allows_now()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 9, 9, 0));
        var reception = await app.ClientFor(Reception);
        var specialist = await app.ClientFor(PoliceSpecialist);
        var leader = await app.ClientFor(PoliceLeader);
        using var officer = await CounterSession.SignInAsync(app, Reception);
        async Task<string[]> Offered(string code) =>
            CounterSession.FormNames(await officer.GetAsync($"/can-bo/tim-ho-so?ma={code}")).Order().ToArray();

        var code = (await reception.Intake(JudicialRecordIntake(phone: "0912000666"))).Str("code");
        Assert.Equal(["act-transfer", "act-withdraw"], await Offered(code));
        await reception.ActOk(code, "transfer");
        Assert.Equal(["act-withdraw"], await Offered(code));
        await specialist.ActOk(code, "request-supplement", new { items = new[] { "Bản sao hộ khẩu" }, reason = "Thiếu giấy tờ" });
        Assert.Equal(["act-receive-supplement", "act-withdraw"], await Offered(code));
        await reception.ActOk(code, "receive-supplement");
        await specialist.ActOk(code, "forward");
        await leader.ActOk(code, "result-ready");
        Assert.Equal(["act-notify-early-return", "act-return"], await Offered(code));
        await reception.ActOk(code, "return", new { method = "Counter" });
        Assert.Empty(await Offered(code));
    }

    [Fact]
    public async Task A_counter_action_refused_by_a_rule_shows_the_rule_beside_the_action()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 10, 9, 0));
        var reception = await app.ClientFor(Reception);
        var code = (await reception.Intake(JudicialRecordIntake(phone: "0912000777"))).Str("code");
        using var officer = await CounterSession.SignInAsync(app, Reception);
        var url = $"/can-bo/tim-ho-so?ma={code}";
        var page = await officer.GetAsync(url);
        await reception.ActOk(code, "withdraw", new { reasons = new[] { "Người nộp đổi ý" } });

        // The officer still has the page from before the withdrawal: their transfer meets the version that moved on.
        var response = await officer.PostAsync(url, page, new() { ["_handler"] = "act-transfer", ["Act.Action"] = "transfer", ["Act.Version"] = "0" });

        var answer = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hồ sơ vừa được người khác cập nhật", answer);
        Assert.Contains("Đã rút hồ sơ", answer);
    }

    [Fact]
    public async Task Other_staff_find_dossiers_in_their_scope_without_counter_actions_or_the_full_identity()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 11, 9, 0));
        var reception = await app.ClientFor(Reception);
        var code = (await reception.Intake(JudicialRecordIntake(phone: "0912000888"))).Str("code");
        await reception.ActOk(code, "transfer");

        using var police = await CounterSession.SignInAsync(app, PoliceSpecialist);
        var page = await police.GetAsync($"/can-bo/tim-ho-so?ma={Uri.EscapeDataString("http://localhost/tra-cuu?ma=" + code)}");
        Assert.Contains(code, page);
        Assert.DoesNotContain(CounterSession.FormNames(page), f => f.StartsWith("act-", StringComparison.Ordinal));
        Assert.DoesNotContain("075090001234", page);
        Assert.Contains("•••••••••234", page);
        var counter = await police.Client.GetAsync("/can-bo/tiep-nhan");
        Assert.Equal(HttpStatusCode.Redirect, counter.StatusCode);

        using var building = await CounterSession.SignInAsync(app, BuildingSpecialist);
        var outside = await building.GetAsync($"/can-bo/tim-ho-so?ma={code}");
        Assert.Contains("Hồ sơ không thuộc phạm vi đơn vị của bạn", outside);
        Assert.DoesNotContain("Nguyễn Văn An", outside);
    }

    private static string[] Codes(string html) =>
        CodeCell().Matches(html).Select(m => m.Groups[1].Value).ToArray();

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}-title\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section {id}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("<td class=\"code nowrap\"[^>]*>([^<]+)</td>")]
    private static partial Regex CodeCell();
}

public sealed class ReceptionPagesOnSqlite(SqliteApp app) : ReceptionPagesTests<SqliteApp>(app);

public sealed class ReceptionPagesOnPostgres(PostgresApp app) : ReceptionPagesTests<PostgresApp>(app);
