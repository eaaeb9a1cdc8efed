using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Desk;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Desk;

/// <summary>
/// The worklist queries on each database engine. The police dossiers of the first test and the commune dossiers of the
/// second never meet in one officer's scope, so the two tests can share the database.
/// </summary>
public abstract class WorklistQueryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private async Task<Dictionary<WorklistTab, int>> CountsAsync(string email, DateTimeOffset now)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        var counts = await WorklistQueries.CountsAsync(db, await app.StaffAsync(email), now, await app.CalendarAsync(), default);
        return counts.ToDictionary();
    }

    private async Task<WorklistResult> PageAsync(string email, WorklistQuery query, DateTimeOffset now)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        return await WorklistQueries.PageAsync(db, await app.StaffAsync(email), query, now, await app.CalendarAsync(), english: false, default);
    }

    private static string Counts(Dictionary<WorklistTab, int> c) =>
        string.Join(" ", WorklistQueries.Tabs.Select(t => $"{t.UrlName()}={c[t]}"));

    [Fact]
    public async Task Each_officer_sees_their_own_queues_with_their_counts()
    {
        // Monday 1 June 2026: every judicial-record dossier of the day is due Monday 15 June at 17:00.
        app.Clock.Set(TestClock.Vn(2026, 6, 1, 9, 0));
        var reception = await app.ClientFor(Reception);
        var leader = await app.ClientFor(PoliceLeader);
        var specialist = await app.ClientFor(PoliceSpecialist);
        async Task<string> Intake() => (await reception.Intake(JudicialRecordIntake())).Str("code");

        var accepted = await Intake();
        var unassigned = await Intake();
        var assigned = await Intake();
        var atLeader = await Intake();
        var supplement = await Intake();
        var consulting = await Intake();
        foreach (var code in new[] { unassigned, assigned, atLeader, supplement, consulting })
        {
            await reception.ActOk(code, "transfer");
        }
        await leader.ActOk(assigned, "assign", new { assigneeEmail = PoliceSpecialist });
        await leader.ActOk(atLeader, "assign", new { assigneeEmail = PoliceSpecialist });
        await specialist.ActOk(atLeader, "forward");
        await specialist.ActOk(supplement, "request-supplement", new { items = new[] { "Tờ khai có chữ ký" }, reason = "Tờ khai chưa ký" });
        await specialist.ActOk(consulting, "consult", new { agencyCode = TaxOffice, question = "Có nợ thuế?", dueInWorkingDays = 2 });

        var monday = TestClock.Vn(2026, 6, 1, 10, 0);
        Assert.Equal("mine=1 unit=3 due-soon=0 overdue=0 supplement=1 consultations=0", Counts(await CountsAsync(PoliceSpecialist, monday)));
        Assert.Equal("mine=0 unit=4 due-soon=0 overdue=0 supplement=1 consultations=0", Counts(await CountsAsync(PoliceLeader, monday)));
        Assert.Equal("mine=0 unit=1 due-soon=0 overdue=0 supplement=1 consultations=0", Counts(await CountsAsync(Reception, monday)));
        Assert.Equal("mine=0 unit=0 due-soon=0 overdue=0 supplement=0 consultations=1", Counts(await CountsAsync(TaxSpecialist, monday)));
        Assert.Equal("mine=0 unit=0 due-soon=0 overdue=0 supplement=0 consultations=0", Counts(await CountsAsync(BuildingSpecialist, monday)));

        // Friday 12 June the due Monday is one working day away; Tuesday 16 June it has passed. The supplement pauses.
        Assert.Equal("mine=1 unit=3 due-soon=5 overdue=0 supplement=1 consultations=0",
            Counts(await CountsAsync(PoliceSpecialist, TestClock.Vn(2026, 6, 12, 10, 0))));
        Assert.Equal("mine=1 unit=3 due-soon=0 overdue=5 supplement=1 consultations=0",
            Counts(await CountsAsync(PoliceSpecialist, TestClock.Vn(2026, 6, 16, 9, 0))));
        Assert.Equal(0, (await CountsAsync(PoliceSpecialist, TestClock.Vn(2026, 6, 11, 10, 0)))[WorklistTab.DueSoon]);

        var mine = await PageAsync(PoliceSpecialist, new(WorklistTab.Mine), monday);
        var row = Assert.Single(mine.Rows);
        Assert.Equal(assigned, row.Code);
        Assert.True(row.AssignedToMe);
        Assert.Equal(JudicialRecord, row.ProcedureCode);
        Assert.Equal("Nguyễn Văn An", row.ApplicantName);
        Assert.Equal("Công an tỉnh Đồng Nai", row.StepAgency);
        Assert.Equal([unassigned, assigned, consulting], (await PageAsync(PoliceSpecialist, new(WorklistTab.Unit, Sort: WorklistSort.Code), monday)).Rows.Select(r => r.Code));
        Assert.Equal([accepted], (await PageAsync(Reception, new(WorklistTab.Unit), monday)).Rows.Select(r => r.Code));
        Assert.Equal([supplement], (await PageAsync(Reception, new(WorklistTab.Supplement), monday)).Rows.Select(r => r.Code));
        var consultation = Assert.Single((await PageAsync(TaxSpecialist, new(WorklistTab.Consultations), monday)).Rows);
        Assert.Equal(consulting, consultation.Code);
        Assert.Equal(TestClock.Vn(2026, 6, 3, 17, 0), consultation.ConsultationDueAt);
        Assert.Equal(DossierStatus.InProcessing,
            Assert.Single((await PageAsync(PoliceLeader, new(WorklistTab.Unit, Text: atLeader), monday)).Rows).Status);
    }

    [Fact]
    public async Task Lists_sort_filter_and_page_in_the_database()
    {
        app.Clock.Set(TestClock.Vn(2026, 9, 8, 8, 0));
        var commune = await app.ClientFor(CommuneReception);
        var codes = new List<string>();
        for (var i = 1; i <= 30; i++)
        {
            codes.Add((await commune.Intake(new
            {
                procedureCode = MaritalStatus,
                applicant = new { fullName = $"Người nộp số {i:D2}", phone = "0901234567" },
                receivedComponents = new[] { "TP01", "TP02" },
            })).Str("code"));
            app.Clock.Advance(TimeSpan.FromMinutes(3));
        }
        var now = app.Clock.GetUtcNow();

        var first = await PageAsync(CommuneReception, new(WorklistTab.Unit, Sort: WorklistSort.Received), now);
        var second = await PageAsync(CommuneReception, new(WorklistTab.Unit, Sort: WorklistSort.Received, Page: 2), now);
        Assert.Equal((30, 2, 25, 5), (first.Total, first.PageCount, first.Rows.Count, second.Rows.Count));
        Assert.Equal(codes, first.Rows.Concat(second.Rows).Select(r => r.Code));

        var newestFirst = await PageAsync(CommuneReception, new(WorklistTab.Unit, Sort: WorklistSort.Code, Descending: true), now);
        Assert.Equal(codes.AsEnumerable().Reverse().Take(25), newestFirst.Rows.Select(r => r.Code));
        var beyond = await PageAsync(CommuneReception, new(WorklistTab.Unit, Page: 9), now);
        Assert.Equal(2, beyond.Page);

        Assert.Equal([codes[6]], (await PageAsync(CommuneReception, new(WorklistTab.Unit, Text: "người nộp số 07"), now)).Rows.Select(r => r.Code));
        Assert.Equal([codes[11]], (await PageAsync(CommuneReception, new(WorklistTab.Unit, Text: codes[11].ToLowerInvariant()), now)).Rows.Select(r => r.Code));
        Assert.Equal(30, (await PageAsync(CommuneReception, new(WorklistTab.Unit, Text: "xac nhan tinh trang hon nhan"), now)).Total);
        Assert.Equal(30, (await PageAsync(CommuneReception, new(WorklistTab.Unit, Status: DossierStatus.Accepted), now)).Total);
        Assert.Equal(0, (await PageAsync(CommuneReception, new(WorklistTab.Unit, Status: DossierStatus.InProcessing), now)).Total);
    }
}

public sealed class WorklistQueryOnSqlite(SqliteApp app) : WorklistQueryTests<SqliteApp>(app);

public sealed class WorklistQueryOnPostgres(PostgresApp app) : WorklistQueryTests<PostgresApp>(app);
