using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Web.Features.Administration;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Administration;

/// <summary>Editing a procedure's internal process (issue 3, administration): validated as a whole, audited, used at once.</summary>
public abstract class ProcessTemplateAdminTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private const string Code = Api.MaritalStatus; // 3 working days: 0.5 + 1.5 + 0.5 + 0.5

    private static ProcessInput Process(params (string Name, string Role, string Unit, string Allotment)[] steps) => new()
    {
        TimeAmount = "3", TimeUnit = nameof(TimeUnit.WorkingDays),
        Steps = steps.Select(s => new StepInput { Name = s.Name, NameEn = s.Name + " (en)", Role = s.Role, Unit = s.Unit, Allotment = s.Allotment }).ToList(),
    };

    private static readonly (string, string, string, string) Reception = ("Tiếp nhận", "ReceptionOfficer", "Receiving", "0,5");
    private static readonly (string, string, string, string) Return = ("Trả kết quả", "ReceptionOfficer", "Receiving", "0.5");

    [Fact]
    public async Task Allotments_that_do_not_add_up_are_refused_with_the_sum_and_the_statutory_time_and_nothing_changes()
    {
        using var client = app.CreateClient();
        var before = (await client.Get($"/api/v1/procedures/{Code}")).GetProperty("steps").GetRawText();

        var result = await app.AsAdmin<ProcedureAdmin>((admin, actor) => admin.SaveProcessAsync(Code,
            Process(Reception, ("Thẩm định", "Specialist", "Competent", "1"), ("Ký duyệt", "UnitLeader", "Competent", "0.5"), Return), actor));

        Assert.False(result.Ok);
        var sum = Assert.Single(result.For(nameof(ProcessInput.Steps)));
        Assert.Equal("process.sum", sum.Key);
        Assert.Equal(2.5m, decimal.Parse((string)sum.Args[0], System.Globalization.CultureInfo.CurrentCulture));
        Assert.Equal(3m, decimal.Parse((string)sum.Args[1], System.Globalization.CultureInfo.CurrentCulture));
        Assert.Equal(TimeUnit.WorkingDays, sum.Args[2]);
        Assert.Equal(before, (await client.Get($"/api/v1/procedures/{Code}")).GetProperty("steps").GetRawText());
        Assert.Empty(await app.AuditOf(AdminEntities.Procedure, Code));
    }

    [Theory]
    [InlineData("first", "template.firstStepReception")]
    [InlineData("middleRole", "template.middleRole")]
    [InlineData("tooFew", "template.tooFewSteps")]
    public async Task A_process_must_start_and_end_at_the_one_stop_with_processing_in_between(string shape, string expected)
    {
        var steps = shape switch
        {
            "first" => Process(("Thẩm định", "Specialist", "Competent", "1"), ("Xử lý", "Specialist", "Competent", "1.5"), Return),
            "middleRole" => Process(Reception, ("Thẩm định", "ReceptionOfficer", "Competent", "2"), Return),
            _ => Process(Reception, ("Trả", "ReceptionOfficer", "Receiving", "2.5")),
        };
        steps.Steps.ForEach(s => s.Allotment ??= "1");

        var result = await app.AsAdmin<ProcedureAdmin>((admin, actor) => admin.SaveProcessAsync(Code, steps, actor));

        Assert.Contains(expected, result.Keys(nameof(ProcessInput.Steps)));
    }

    [Fact]
    public async Task A_step_with_no_name_or_a_bad_time_is_marked_on_that_step()
    {
        var result = await app.AsAdmin<ProcedureAdmin>((admin, actor) => admin.SaveProcessAsync(Code,
            Process(Reception, ("", "Specialist", "Competent", "hai"), ("Ký", "UnitLeader", "000.99.99.H19", "0.5"), Return), actor));

        Assert.Equal(["required"], result.Keys("Steps[1].Name"));
        Assert.Equal(["process.allotment"], result.Keys("Steps[1].Allotment"));
        Assert.Equal(["process.unit"], result.Keys("Steps[2].Unit"));
    }

    [Fact]
    public async Task A_valid_process_is_saved_audited_and_given_to_the_next_dossier_while_earlier_dossiers_keep_theirs()
    {
        using var reception = await app.ClientFor(Api.CommuneReception);
        var earlier = await reception.Intake(MaritalStatusIntake());
        var earlierSteps = (await reception.Get($"/api/v1/dossiers/{earlier.Str("code")}")).GetProperty("steps").GetArrayLength();

        var result = await app.AsAdmin<ProcedureAdmin>((admin, actor) => admin.SaveProcessAsync(Code, Process(Reception,
            ("Ký duyệt", "UnitLeader", "Competent", "0.25"), ("Thẩm định", "Specialist", "Competent", "1"),
            ("Lấy ý kiến Công an", "Specialist", "000.00.20.H19", "0.5"), ("Ký lần cuối", "UnitLeader", "Competent", "0.25"), Return), actor));

        Assert.True(result.Ok, string.Join(", ", result.Errors.SelectMany(e => e.Value.Select(m => e.Key + ":" + m.Key))));
        using var anonymous = app.CreateClient();
        var steps = (await anonymous.Get($"/api/v1/procedures/{Code}")).GetProperty("steps").EnumerateArray().Select(s => s.Str("name")).ToList();
        Assert.Equal(["Tiếp nhận", "Ký duyệt", "Thẩm định", "Lấy ý kiến Công an", "Ký lần cuối", "Trả kết quả"], steps);
        var later = await reception.Intake(MaritalStatusIntake());
        Assert.Equal(6, (await reception.Get($"/api/v1/dossiers/{later.Str("code")}")).GetProperty("steps").GetArrayLength());
        Assert.Equal(earlierSteps, (await reception.Get($"/api/v1/dossiers/{earlier.Str("code")}")).GetProperty("steps").GetArrayLength());

        var entry = Assert.Single(await app.AuditOf(AdminEntities.Procedure, Code));
        Assert.Equal(AdminAuditAction.Update, entry.Action);
        Assert.Equal("Nguyễn Minh Quân", entry.ActorName);
        var summary = entry.Summary();
        Assert.Equal(["Steps"], summary.GetProperty("after").EnumerateObject().Select(p => p.Name));
        Assert.Equal(4, summary.GetProperty("before").GetProperty("Steps").GetArrayLength());
    }

    [Fact]
    public async Task Renaming_a_procedure_keeps_the_diacritics_blind_search_in_step()
    {
        var p = await app.InDb(db => db.Procedures.Include(x => x.CompetentAgency).SingleAsync(x => x.Code == Api.BirthRegistration));
        var input = ProcedureBasicsInput.From(p);
        input.Name = "Đăng ký khai sinh lưu động ở vùng sâu";

        var result = await app.AsAdmin<ProcedureAdmin>((admin, actor) => admin.SaveBasicsAsync(Api.BirthRegistration, input, actor));

        Assert.True(result.Ok);
        using var client = app.CreateClient();
        var found = await client.Get("/api/v1/procedures?q=luu dong vung sau");
        Assert.Equal(Api.BirthRegistration, Assert.Single(found.EnumerateArray()).Str("code"));
    }

    [Fact]
    public async Task Changing_only_the_time_is_refused_while_the_steps_add_up_to_the_old_one()
    {
        var p = await app.InDb(db => db.Procedures.Include(x => x.CompetentAgency).SingleAsync(x => x.Code == "1.004222"));
        var input = ProcedureBasicsInput.From(p);
        input.TimeAmount = "5";

        var result = await app.AsAdmin<ProcedureAdmin>((admin, actor) => admin.SaveBasicsAsync("1.004222", input, actor));

        Assert.Equal(["procedure.timeMismatch"], result.Keys(nameof(ProcedureBasicsInput.TimeAmount)));
    }

    [Fact]
    public async Task Document_components_and_fees_are_added_changed_and_removed_and_each_change_is_logged()
    {
        const string code = "2.000620";
        var added = await app.AsAdmin<ProcedureAdmin>((admin, actor) => admin.SaveDocumentAsync(code, null,
            new ProcedureDocumentInput { Code = "TP09", Name = "Bản sao hợp đồng thuê địa điểm", NameEn = "Copy of the lease", Form = "Copy", Count = "1", Mandatory = true }, actor));
        var duplicate = await app.AsAdmin<ProcedureAdmin>((admin, actor) => admin.SaveDocumentAsync(code, null,
            new ProcedureDocumentInput { Code = "tp09", Name = "Trùng", NameEn = "Duplicate", Form = "Copy", Count = "0" }, actor));
        var fee = await app.AsAdmin<ProcedureAdmin>((admin, actor) => admin.SaveFeeAsync(code, null,
            new ProcedureFeeInput { Name = "Phí thẩm định", NameEn = "Appraisal fee", Amount = "1.200.000" }, actor));

        Assert.True(added.Ok);
        Assert.Equal(["document.codeTaken"], duplicate.Keys(nameof(ProcedureDocumentInput.Code)));
        Assert.Equal(["document.count"], duplicate.Keys(nameof(ProcedureDocumentInput.Count)));
        Assert.True(fee.Ok);
        using var client = app.CreateClient();
        var view = await client.Get($"/api/v1/procedures/{code}");
        Assert.Contains(view.GetProperty("documents").EnumerateArray(), d => d.Str("code") == "TP09" && d.GetProperty("mandatory").GetBoolean());
        Assert.Contains(view.GetProperty("fees").EnumerateArray(), f => f.Str("name") == "Phí thẩm định" && f.GetProperty("amount").GetInt64() == 1_200_000);

        var documentId = await app.InDb(db => db.Procedures.Where(p => p.Code == code).SelectMany(p => p.Documents).Where(d => d.Code == "TP09").Select(d => d.Id).SingleAsync());
        Assert.True((await app.AsAdmin<ProcedureAdmin>((admin, actor) => admin.DeleteDocumentAsync(code, documentId, actor))).Ok);
        view = await client.Get($"/api/v1/procedures/{code}");
        Assert.DoesNotContain(view.GetProperty("documents").EnumerateArray(), d => d.Str("code") == "TP09");
        Assert.Equal(3, (await app.AuditOf(AdminEntities.Procedure, code)).Count);
    }

    private static object MaritalStatusIntake() => new
    {
        procedureCode = Code,
        channel = "Counter",
        applicant = new { kind = "Person", fullName = "Trần Thị Bình", idNumber = "075090001235", phone = "0912345679", address = "Phường Trấn Biên" },
        receivedComponents = new[] { "TP01", "TP02" },
    };
}

public sealed class ProcessTemplateAdminOnSqlite(SqliteApp app) : ProcessTemplateAdminTests<SqliteApp>(app);

public sealed class ProcessTemplateAdminOnPostgres(PostgresApp app) : ProcessTemplateAdminTests<PostgresApp>(app);
