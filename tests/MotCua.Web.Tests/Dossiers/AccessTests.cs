using System.Net;
using System.Net.Http.Json;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Dossiers;

/// <summary>Staff act only for their agencies, in their role, on the step they hold.</summary>
public abstract class AccessTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    [Fact]
    public async Task A_specialist_of_another_department_can_neither_read_nor_act()
    {
        app.Clock.Set(TestClock.Vn(2026, 5, 4, 9, 0));
        var reception = await app.ClientFor(Reception);
        var building = await app.ClientFor(BuildingSpecialist);
        var code = (await reception.Intake(JudicialRecordIntake())).Str("code");
        await reception.ActOk(code, "transfer");

        await (await building.GetAsync($"/api/v1/dossiers/{code}")).Problem(HttpStatusCode.Forbidden, "forbidden-scope");
        await (await building.Act(code, "forward")).Problem(HttpStatusCode.Forbidden, "forbidden-scope");
        await (await building.GetAsync($"/api/v1/dossiers/{code}/forms/01")).Problem(HttpStatusCode.Forbidden, "forbidden-scope");
        await (await building.GetAsync($"/api/v1/dossiers/{code}/audit")).Problem(HttpStatusCode.Forbidden, "forbidden-scope");
    }

    [Fact]
    public async Task A_reception_officer_receives_only_at_their_reception_point()
    {
        var commune = await app.ClientFor(CommuneReception);

        var response = await commune.PostAsJsonAsync("/api/v1/dossiers", new
        {
            procedureCode = JudicialRecord,
            receivingPointCode = Center,
            applicant = new { fullName = "Lê Văn Cường", phone = "0911111111" },
            receivedComponents = new[] { "TP01", "TP02" },
        });

        await response.Problem(HttpStatusCode.Forbidden, "receiving-point-not-allowed");
        // A specialist is not a reception officer at all.
        var specialist = await app.ClientFor(PoliceSpecialist);
        await (await specialist.PostAsJsonAsync("/api/v1/dossiers", JudicialRecordIntake())).Problem(HttpStatusCode.Forbidden, "role-not-allowed");
    }

    [Fact]
    public async Task A_procedure_that_is_not_boundary_free_is_received_only_at_its_competent_one_stop()
    {
        var commune = await app.ClientFor(CommuneReception);

        var response = await commune.PostAsJsonAsync("/api/v1/dossiers", new
        {
            procedureCode = "1.004194", // permanent residence registration: province level, not boundary-free in the demo catalogue
            applicant = new { fullName = "Lê Văn Cường", phone = "0911111111" },
            receivedComponents = Array.Empty<string>(),
            outcome = "Refuse",
            reasons = new[] { "x" },
        });

        await response.Problem(HttpStatusCode.UnprocessableEntity, "receiving-point-not-competent");
    }

    [Fact]
    public async Task Only_the_role_of_the_step_acts_on_it_and_an_assigned_step_only_by_its_assignee()
    {
        app.Clock.Set(TestClock.Vn(2026, 5, 5, 9, 0));
        var reception = await app.ClientFor(Reception);
        var leader = await app.ClientFor(PoliceLeader);
        var specialist = await app.ClientFor(PoliceSpecialist);
        var code = (await reception.Intake(JudicialRecordIntake())).Str("code");

        await (await specialist.Act(code, "transfer")).Problem(HttpStatusCode.Forbidden, "forbidden-scope");
        await reception.ActOk(code, "transfer");
        await (await reception.Act(code, "forward")).Problem(HttpStatusCode.Forbidden, "forbidden-scope");
        await (await specialist.Act(code, "assign", new { assigneeEmail = PoliceSpecialist })).Problem(HttpStatusCode.Forbidden, "role-not-allowed");
        await (await leader.Act(code, "assign", new { assigneeEmail = BuildingSpecialist })).Problem(HttpStatusCode.UnprocessableEntity, "assignee-not-in-unit");
        await leader.ActOk(code, "assign", new { assigneeEmail = PoliceSpecialist });
        await specialist.ActOk(code, "forward");
    }

    [Fact]
    public async Task Without_a_token_the_api_answers_401_as_problem_details()
    {
        using var anonymous = app.CreateClient();
        await (await anonymous.GetAsync("/api/v1/dossiers/000.00.19.H19-260505-0001")).Problem(HttpStatusCode.Unauthorized, "unauthenticated");
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = Reception, password = "wrong-password" }))
            .Problem(HttpStatusCode.Unauthorized, "invalid-credentials");
    }

    [Fact]
    public async Task The_center_supervisor_reads_every_dossier_of_the_province()
    {
        app.Clock.Set(TestClock.Vn(2026, 5, 6, 9, 0));
        var commune = await app.ClientFor(CommuneReception);
        var supervisor = await app.ClientFor(Supervisor);
        var code = (await commune.Intake(new
        {
            procedureCode = MaritalStatus,
            applicant = new { fullName = "Trần Thị Bích", phone = "0901234567" },
            receivedComponents = new[] { "TP01", "TP02" },
        })).Str("code");

        Assert.Equal(code, (await supervisor.Get($"/api/v1/dossiers/{code}")).Str("code"));
    }
}

public sealed class AccessOnSqlite(SqliteApp app) : AccessTests<SqliteApp>(app);

public sealed class AccessOnPostgres(PostgresApp app) : AccessTests<PostgresApp>(app);
