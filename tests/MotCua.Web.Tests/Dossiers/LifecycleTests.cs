using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Dossiers;

/// <summary>A dossier's whole legal life through HTTP, on each database engine.</summary>
public abstract class LifecycleTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    [Fact]
    public async Task Accepted_dossier_gets_a_code_a_due_date_and_a_receipt()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 2, 9, 0));
        var reception = await app.ClientFor(Reception);

        var receipt = await reception.Intake(JudicialRecordIntake());

        Assert.Matches(new Regex(@"^000\.00\.19\.H19-260302-\d{4}$"), receipt.Str("code"));
        Assert.Equal("Accepted", receipt.Str("status"));
        // 10 working days counted from the day after reception: Tue 3 Mar … Mon 16 Mar, at the close of that day.
        Assert.Equal(TestClock.Vn(2026, 3, 16, 17, 0), receipt.Time("dueAt"));
        Assert.Equal(TimeSpan.FromHours(7), receipt.Time("dueAt").Offset);
        Assert.Contains("01", receipt.GetProperty("forms").EnumerateObject().Select(p => p.Name));
        Assert.Contains("/tra-cuu?ma=", receipt.Str("lookupUrl"));
    }

    [Fact]
    public async Task A_dossier_goes_from_the_counter_through_every_step_back_to_the_applicant()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 3, 8, 30));
        var reception = await app.ClientFor(Reception);
        var specialist = await app.ClientFor(PoliceSpecialist);
        var leader = await app.ClientFor(PoliceLeader);
        var code = (await reception.Intake(JudicialRecordIntake())).Str("code");

        app.Clock.Advance(TimeSpan.FromHours(2));
        var transferred = await reception.ActOk(code, "transfer");
        Assert.Equal("InProcessing", transferred.Str("status"));
        Assert.Equal("OnTime", transferred.GetProperty("steps")[0].Str("result"));

        await leader.ActOk(code, "assign", new { assigneeEmail = PoliceSpecialist });
        app.Clock.Advance(TimeSpan.FromDays(2));
        var forwarded = await specialist.ActOk(code, "forward", new { note = "Đã tra cứu, đủ điều kiện cấp" });
        Assert.Equal(2, forwarded.GetProperty("currentStep").GetInt32());

        app.Clock.Advance(TimeSpan.FromDays(1));
        var ready = await leader.ActOk(code, "result-ready");
        Assert.Equal("ResultReady", ready.Str("status"));
        await reception.ActOk(code, "notify-early-return");

        app.Clock.Advance(TimeSpan.FromHours(3));
        var returned = await reception.ActOk(code, "return", new { method = "Counter" });
        Assert.Equal("Returned", returned.Str("status"));
        Assert.All(returned.GetProperty("steps").EnumerateArray(), s => Assert.NotEqual(System.Text.Json.JsonValueKind.Null, JsonValueKind(s, "completedAt")));

        var audit = await reception.Get($"/api/v1/dossiers/{code}/audit");
        Assert.Equal(["intake", "transfer", "assign", "forward", "result-ready", "notify-early-return", "return"],
            audit.EnumerateArray().Select(e => e.Str("action")).ToArray());
        var verification = await reception.Get($"/api/v1/dossiers/{code}/audit/verify");
        Assert.True(verification.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Supplement_during_processing_restarts_the_statutory_time_from_zero()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 4, 9, 0));
        var reception = await app.ClientFor(Reception);
        var specialist = await app.ClientFor(PoliceSpecialist);
        var code = (await reception.Intake(JudicialRecordIntake())).Str("code");
        await reception.ActOk(code, "transfer");

        app.Clock.Set(TestClock.Vn(2026, 3, 6, 10, 0));
        var waiting = await specialist.ActOk(code, "request-supplement",
            new { items = new[] { "Bản sao Căn cước công dân còn hiệu lực" }, reason = "Bản sao không rõ" });
        Assert.Equal("AwaitingSupplement", waiting.Str("status"));
        await (await specialist.Act(code, "forward")).Problem(HttpStatusCode.Conflict, "transition-not-allowed");

        app.Clock.Set(TestClock.Vn(2026, 3, 12, 14, 0));
        var resumed = await reception.ActOk(code, "receive-supplement");
        Assert.Equal("InProcessing", resumed.Str("status"));
        // Restarted on Thu 12 Mar: 10 working days from Fri 13 Mar end on Thu 26 Mar.
        Assert.Equal(TestClock.Vn(2026, 3, 26, 17, 0), resumed.Time("dueAt"));
        Assert.Equal(TestClock.Vn(2026, 3, 18, 17, 0), resumed.Time("originalDueAt"));
        Assert.Equal(1, resumed.GetProperty("supplementCount").GetInt32());
        Assert.Contains("02", resumed.GetProperty("forms").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task A_restart_keeps_the_statutory_time_of_reception_when_the_procedure_changed_since()
    {
        app.Clock.Set(TestClock.Vn(2026, 4, 6, 9, 0));
        var reception = await app.ClientFor(Reception);
        var specialist = await app.ClientFor(PoliceSpecialist);
        var code = (await reception.Intake(JudicialRecordIntake())).Str("code");
        await reception.ActOk(code, "transfer");
        await specialist.ActOk(code, "request-supplement", new { items = new[] { "Tờ khai" }, reason = "Chưa ký" });

        // Meanwhile an administrator doubles the statutory time and reshapes the template of the procedure.
        await ChangeJudicialRecordTemplateAsync(amount: 20m);
        try
        {
            app.Clock.Set(TestClock.Vn(2026, 4, 8, 14, 0));
            var resumed = await reception.ActOk(code, "receive-supplement");
            // Still ten working days (the law of reception): Thu 9 Apr … Wed 22 Apr.
            Assert.Equal(TestClock.Vn(2026, 4, 22, 17, 0), resumed.Time("dueAt"));
            var steps = resumed.GetProperty("steps").EnumerateArray().ToList();
            Assert.Equal(resumed.Time("dueAt"), steps[^1].Time("dueAt"));
            Assert.True(steps[1].Time("dueAt") < steps[^1].Time("dueAt"));
        }
        finally
        {
            await ChangeJudicialRecordTemplateAsync(amount: 10m);
        }
    }

    private async Task ChangeJudicialRecordTemplateAsync(decimal amount)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        var procedure = await db.Procedures.Include(p => p.Steps).SingleAsync(p => p.Code == JudicialRecord);
        var factor = amount / procedure.TimeAmount;
        procedure.TimeAmount = amount;
        foreach (var step in procedure.Steps)
        {
            step.Allotment *= factor;
        }
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Supplement_cannot_be_requested_after_three_working_days()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 5, 9, 0));
        var reception = await app.ClientFor(Reception);
        var specialist = await app.ClientFor(PoliceSpecialist);
        var code = (await reception.Intake(JudicialRecordIntake())).Str("code");
        await reception.ActOk(code, "transfer");

        app.Clock.Set(TestClock.Vn(2026, 3, 11, 9, 0));
        var response = await specialist.Act(code, "request-supplement", new { items = new[] { "Tờ khai" }, reason = "Thiếu" });

        await response.Problem(HttpStatusCode.Conflict, "supplement-window-closed");
    }

    [Fact]
    public async Task Refusal_after_appraisal_ends_the_dossier_with_form_03()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 9, 9, 0));
        var reception = await app.ClientFor(Reception);
        var specialist = await app.ClientFor(PoliceSpecialist);
        var code = (await reception.Intake(JudicialRecordIntake())).Str("code");
        await reception.ActOk(code, "transfer");

        var refused = await specialist.ActOk(code, "refuse", new { reasons = new[] { "Người yêu cầu không thuộc đối tượng được cấp" } });

        Assert.Equal("Refused", refused.Str("status"));
        Assert.Contains("03", refused.GetProperty("forms").EnumerateArray().Select(f => f.GetString()));
        await (await specialist.Act(code, "forward")).Problem(HttpStatusCode.Conflict, "transition-not-allowed");
    }

    [Fact]
    public async Task Apology_sets_one_new_date_only_once_and_only_in_time()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 10, 9, 0));
        var reception = await app.ClientFor(Reception);
        var specialist = await app.ClientFor(PoliceSpecialist);
        var receipt = await reception.Intake(JudicialRecordIntake());
        var code = receipt.Str("code");
        var due = receipt.Time("dueAt"); // Tue 24 Mar 2026 17:00
        await reception.ActOk(code, "transfer");

        app.Clock.Set(TestClock.Vn(2026, 3, 24, 8, 0)); // the due day itself: too late to apologise in time
        await (await specialist.Act(code, "apologize", new { newDueAt = due.AddDays(5), reason = "Chờ kết quả xác minh" }))
            .Problem(HttpStatusCode.Conflict, "apology-too-late");

        app.Clock.Set(TestClock.Vn(2026, 3, 23, 16, 0)); // one working day before
        await (await specialist.Act(code, "apologize", new { newDueAt = due.AddDays(-1), reason = "x" }))
            .Problem(HttpStatusCode.Conflict, "new-due-date-not-later");
        var apologised = await specialist.ActOk(code, "apologize", new { newDueAt = TestClock.Vn(2026, 3, 31, 17, 0), reason = "Chờ kết quả xác minh của cơ quan khác" });
        Assert.Equal(TestClock.Vn(2026, 3, 31, 17, 0), apologised.Time("dueAt"));
        Assert.Contains("04", apologised.GetProperty("forms").EnumerateArray().Select(f => f.GetString()));

        await (await specialist.Act(code, "apologize", new { newDueAt = TestClock.Vn(2026, 4, 7, 17, 0), reason = "Lần nữa" }))
            .Problem(HttpStatusCode.Conflict, "apology-already-given");
    }

    [Fact]
    public async Task Consultation_must_be_answered_before_the_dossier_moves_on()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 11, 9, 0));
        var reception = await app.ClientFor(Reception);
        var specialist = await app.ClientFor(PoliceSpecialist);
        var tax = await app.ClientFor(TaxSpecialist);
        var code = (await reception.Intake(JudicialRecordIntake())).Str("code");
        await reception.ActOk(code, "transfer");

        var consulted = await specialist.ActOk(code, "consult", new { agencyCode = TaxOffice, question = "Xin ý kiến về nghĩa vụ thuế", dueInWorkingDays = 2 });
        Assert.Equal(TestClock.Vn(2026, 3, 13, 17, 0), consulted.GetProperty("consultations")[0].Time("dueAt"));
        await (await specialist.Act(code, "forward")).Problem(HttpStatusCode.Conflict, "consultation-pending");
        // The consulted unit can now read the dossier and answer.
        await tax.Get($"/api/v1/dossiers/{code}");

        app.Clock.Set(TestClock.Vn(2026, 3, 16, 9, 0));
        var answered = await tax.ActOk(code, "answer-consultation", new { answer = "Không còn nợ thuế" });
        Assert.True(answered.GetProperty("consultations")[0].GetProperty("late").GetBoolean());
        await specialist.ActOk(code, "forward");
    }

    [Fact]
    public async Task Forbidden_transitions_answer_409_naming_the_rule()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 12, 9, 0));
        var reception = await app.ClientFor(Reception);
        var code = (await reception.Intake(JudicialRecordIntake())).Str("code");

        await (await reception.Act(code, "return", new { method = "Counter" })).Problem(HttpStatusCode.Conflict, "transition-not-allowed");
        await (await reception.Act(code, "receive-supplement")).Problem(HttpStatusCode.Conflict, "transition-not-allowed");
        await (await reception.Act(code, "no-such-action")).Problem(HttpStatusCode.NotFound, "unknown-action");
    }

    [Fact]
    public async Task Two_officers_acting_at_once_one_wins_the_other_gets_409()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 13, 9, 0));
        var reception = await app.ClientFor(Reception);
        var specialist = await app.ClientFor(PoliceSpecialist);
        var leader = await app.ClientFor(PoliceLeader);
        var code = (await reception.Intake(JudicialRecordIntake())).Str("code");
        var transferred = await reception.ActOk(code, "transfer");
        var version = transferred.GetProperty("version").GetInt32();

        // Both saw the same version; the second to arrive must not overwrite the first.
        var first = await specialist.Act(code, "forward", new { expectedVersion = version });
        var second = await leader.Act(code, "refuse", new { reasons = new[] { "x" }, expectedVersion = version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await second.Problem(HttpStatusCode.Conflict, "concurrency-conflict");

        // Truly at once, without a version: exactly one forward wins.
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => leader.Act(code, "result-ready")));
        Assert.Equal(1, results.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var final = await reception.Get($"/api/v1/dossiers/{code}");
        Assert.Equal("ResultReady", final.Str("status"));
        Assert.True((await reception.Get($"/api/v1/dossiers/{code}/audit/verify")).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Withdrawal_and_stop_end_a_dossier_without_a_result()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 16, 9, 0));
        var reception = await app.ClientFor(Reception);
        var leader = await app.ClientFor(PoliceLeader);
        var withdrawn = (await reception.Intake(JudicialRecordIntake())).Str("code");
        var stopped = (await reception.Intake(JudicialRecordIntake())).Str("code");
        await reception.ActOk(stopped, "transfer");

        Assert.Equal("Withdrawn", (await reception.ActOk(withdrawn, "withdraw", new { reasons = new[] { "Người nộp xin rút" } })).Str("status"));
        Assert.Equal("Stopped", (await leader.ActOk(stopped, "stop", new { reasons = new[] { "Cơ quan có thẩm quyền yêu cầu dừng" } })).Str("status"));
    }

    [Fact]
    public async Task Return_by_post_needs_a_tracking_number()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 17, 9, 0));
        var reception = await app.ClientFor(Reception);
        var specialist = await app.ClientFor(PoliceSpecialist);
        var leader = await app.ClientFor(PoliceLeader);
        var code = (await reception.Intake(JudicialRecordIntake())).Str("code");
        await reception.ActOk(code, "transfer");
        await specialist.ActOk(code, "forward");
        await leader.ActOk(code, "result-ready");

        await (await reception.Act(code, "return", new { method = "Post" })).Problem(HttpStatusCode.BadRequest, "validation-failed");
        var returned = await reception.ActOk(code, "return", new { method = "Post", trackingNumber = "EB123456789VN" });
        Assert.Equal("EB123456789VN", returned.Str("postalTrackingNumber"));
    }

    private static System.Text.Json.JsonValueKind JsonValueKind(System.Text.Json.JsonElement e, string p) => e.GetProperty(p).ValueKind;
}

public sealed class LifecycleOnSqlite(SqliteApp app) : LifecycleTests<SqliteApp>(app);

public sealed class LifecycleOnPostgres(PostgresApp app) : LifecycleTests<PostgresApp>(app);
