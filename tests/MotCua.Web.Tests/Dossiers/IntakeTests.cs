using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Dossiers;

/// <summary>Reception at the counter: the three outcomes, the code, idempotent retries, bad input.</summary>
public abstract class IntakeTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    [Fact]
    public async Task Incomplete_dossier_is_not_accepted_and_gets_form_02_listing_everything_missing()
    {
        app.Clock.Set(TestClock.Vn(2026, 4, 1, 9, 0));
        var reception = await app.ClientFor(Reception);

        var refusedAccept = await reception.PostAsJsonAsync("/api/v1/dossiers", JudicialRecordIntake(components: ["TP01"]));
        var problem = await refusedAccept.Problem(HttpStatusCode.UnprocessableEntity, "mandatory-components-missing");
        Assert.Equal(["TP02"], problem.GetProperty("missing").EnumerateArray().Select(e => e.GetString()!).ToArray());

        var decision = await reception.Intake(JudicialRecordIntake(components: ["TP01"], outcome: "RequestSupplement", missing: ["Ảnh chân dung 4x6"]));
        Assert.Equal("SupplementRequestedAtIntake", decision.Str("status"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, decision.GetProperty("code").ValueKind);
        Assert.StartsWith("TN-", decision.Str("reference"));
        var dossier = await reception.Get($"/api/v1/dossiers/{decision.Str("reference")}");
        var items = dossier.GetProperty("supplementRequests")[0].GetProperty("items").EnumerateArray().Select(i => i.GetString()).ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("Ảnh chân dung 4x6", items);
    }

    [Fact]
    public async Task Refused_at_reception_records_the_reasons_for_form_03()
    {
        app.Clock.Set(TestClock.Vn(2026, 4, 1, 10, 0));
        var reception = await app.ClientFor(Reception);

        var decision = await reception.Intake(JudicialRecordIntake(outcome: "Refuse", reasons: ["Không thuộc thẩm quyền giải quyết"]));

        Assert.Equal("RefusedAtIntake", decision.Str("status"));
        Assert.True(decision.GetProperty("forms").TryGetProperty("03", out _));
    }

    [Fact]
    public async Task A_retried_intake_with_the_same_idempotency_key_returns_the_first_dossier()
    {
        app.Clock.Set(TestClock.Vn(2026, 4, 2, 9, 0));
        var reception = await app.ClientFor(Reception);
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Request(object body) => new(HttpMethod.Post, "/api/v1/dossiers")
        {
            Content = JsonContent.Create(body),
            Headers = { { "Idempotency-Key", key } },
        };

        var first = await (await reception.SendAsync(Request(JudicialRecordIntake()))).Json(HttpStatusCode.Created);
        var retries = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => reception.SendAsync(Request(JudicialRecordIntake()))));
        foreach (var retry in retries)
        {
            Assert.Equal(first.Str("code"), (await retry.Json(HttpStatusCode.Created)).Str("code"));
        }
        await (await reception.SendAsync(Request(JudicialRecordIntake(phone: "0987654321")))).Problem(HttpStatusCode.UnprocessableEntity, "idempotency-key-reused");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        var day = new DateTimeOffset(2026, 4, 2, 0, 0, 0, TimeSpan.FromHours(7));
        Assert.Equal(1, await db.Dossiers.CountAsync(d => d.ReceivedAt >= day && d.ReceivedAt < day.AddDays(1)));
    }

    [Fact]
    public async Task Parallel_intakes_get_unique_gapless_codes_in_order()
    {
        app.Clock.Set(TestClock.Vn(2026, 4, 3, 9, 0));
        var reception = await app.ClientFor(Reception);

        var receipts = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => reception.Intake(JudicialRecordIntake())));

        var numbers = receipts.Select(r => int.Parse(r.Str("code")[^4..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, 40).ToArray(), numbers);
    }

    [Fact]
    public async Task The_ten_thousandth_dossier_of_a_day_is_refused_with_a_clear_error()
    {
        app.Clock.Set(TestClock.Vn(2026, 4, 6, 9, 0));
        var reception = await app.ClientFor(Reception);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
            db.DossierCodeSequences.Add(new DossierCodeSequence { AgencyCode = Center, Day = "260406", Last = 9998 });
            await db.SaveChangesAsync();
        }

        Assert.EndsWith("-9999", (await reception.Intake(JudicialRecordIntake())).Str("code"));
        var refused = await reception.PostAsJsonAsync("/api/v1/dossiers", JudicialRecordIntake());

        await refused.Problem(HttpStatusCode.Conflict, "daily-code-limit-reached");
        app.Clock.Set(TestClock.Vn(2026, 4, 7, 9, 0));
        Assert.EndsWith("-260407-0001", (await reception.Intake(JudicialRecordIntake())).Str("code"));
    }

    [Fact]
    public async Task The_applicant_chooses_the_notice_channels_and_by_default_gets_them_by_the_contacts_given()
    {
        app.Clock.Set(TestClock.Vn(2026, 4, 8, 9, 0));
        var reception = await app.ClientFor(Reception);
        var intake = System.Text.Json.JsonSerializer.SerializeToNode(JudicialRecordIntake())!.AsObject();

        var byDefault = await reception.Intake(intake);
        intake["notifyBy"] = new System.Text.Json.Nodes.JsonArray("Zalo", "email");
        var chosen = await reception.Intake(intake);
        intake["applicant"]!["email"] = null;
        intake["notifyBy"] = new System.Text.Json.Nodes.JsonArray("Email");
        var noAddress = await (await reception.PostAsJsonAsync("/api/v1/dossiers", intake)).Problem(HttpStatusCode.BadRequest, "validation-failed");
        intake["notifyBy"] = new System.Text.Json.Nodes.JsonArray("Fax");
        var unknown = await (await reception.PostAsJsonAsync("/api/v1/dossiers", intake)).Problem(HttpStatusCode.BadRequest, "validation-failed");

        Assert.Equal(["Sms", "Email"], NotifyBy(await reception.Get($"/api/v1/dossiers/{byDefault.Str("code")}")));
        Assert.Equal(["Zalo", "Email"], NotifyBy(await reception.Get($"/api/v1/dossiers/{chosen.Str("code")}")));
        Assert.Equal("Cần địa chỉ email để nhận thông báo qua email", noAddress.GetProperty("errors").GetProperty("notifyBy")[0].GetString());
        Assert.True(unknown.GetProperty("errors").TryGetProperty("notifyBy", out _));
    }

    private static string[] NotifyBy(System.Text.Json.JsonElement dossier) =>
        dossier.GetProperty("applicant").GetProperty("notifyBy").EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public async Task Bad_input_gets_field_errors_in_vietnamese_or_english()
    {
        var reception = await app.ClientFor(Reception);
        var body = new { procedureCode = JudicialRecord, applicant = new { fullName = "", phone = "12ab", idNumber = "123", email = "x@" } };

        var vi = await (await reception.PostAsJsonAsync("/api/v1/dossiers", body)).Problem(HttpStatusCode.BadRequest, "validation-failed");
        Assert.Equal("Dữ liệu không hợp lệ", vi.Str("title"));
        var errors = vi.GetProperty("errors");
        foreach (var field in new[] { "applicant.fullName", "applicant.phone", "applicant.idNumber", "applicant.email" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        using var english = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dossiers") { Content = JsonContent.Create(body) };
        english.Headers.AcceptLanguage.ParseAdd("en");
        var en = await (await reception.SendAsync(english)).Problem(HttpStatusCode.BadRequest, "validation-failed");
        Assert.Equal("Invalid data", en.Str("title"));

        using var malformed = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dossiers") { Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json") };
        await (await reception.SendAsync(malformed)).Problem(HttpStatusCode.BadRequest, "invalid-request");
        await (await reception.PostAsJsonAsync("/api/v1/dossiers", new { procedureCode = "9.999999", applicant = new { fullName = "A" } }))
            .Problem(HttpStatusCode.UnprocessableEntity, "procedure-not-found");
    }

    [Fact]
    public async Task Commune_procedure_is_received_at_the_commune_and_decided_there()
    {
        app.Clock.Set(TestClock.Vn(2026, 4, 8, 9, 0));
        var commune = await app.ClientFor(CommuneReception);

        var receipt = await commune.Intake(new
        {
            procedureCode = MaritalStatus,
            applicant = new { fullName = "Trần Thị Bích", idNumber = "075190004321", phone = "0901234567" },
            receivedComponents = new[] { "TP01", "TP02" },
        });

        Assert.StartsWith(TranBien + "-260408-", receipt.Str("code"));
        var dossier = await commune.Get($"/api/v1/dossiers/{receipt.Str("code")}");
        Assert.Equal(TranBien, dossier.Str("competentAgencyCode"));
    }
}

public sealed class IntakeOnSqlite(SqliteApp app) : IntakeTests<SqliteApp>(app);

public sealed class IntakeOnPostgres(PostgresApp app) : IntakeTests<PostgresApp>(app);
