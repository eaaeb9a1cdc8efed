using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Leader;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Leader;

/// <summary>The leader's figures as the database counts them, on each engine, over the scenario of <see cref="LeaderScenario"/>.</summary>
public abstract class LeaderQueryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private static LeaderPeriod March => new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 25));

    private Task<LeaderBoard> BoardAsync(string email, LeaderPeriod? period = null) =>
        LeaderTestScope.RunAsync(app, email, (db, scope, moment, tree) =>
            LeaderBoard.LoadAsync(db, tree, scope, period ?? LeaderPeriod.ThisMonth(moment.Now), moment, default));

    private async Task<List<string>> ListAsync(string email, LeaderListFilter filter)
    {
        var page = await LeaderTestScope.RunAsync(app, email, (db, scope, moment, _) => LeaderDossierQuery.ListAsync(db, scope, filter, moment, false, default));
        return page.Rows.Select(r => r.Reference).ToList();
    }

    private static LeaderListFilter Open(LeaderView view, int? unit = null, string? officer = null) => new(unit, view, [], officer, March, 1);

    private static LeaderListFilter Received(params DossierStatus[] statuses) => new(null, null, statuses, null, March, 1);

    [Fact]
    public async Task A_unit_leader_counts_the_dossiers_received_this_month_by_status_for_their_unit_only()
    {
        await LeaderScenario.ForAsync(app);

        var board = await BoardAsync(PoliceLeader);

        Assert.Equal(March, board.Period);
        var police = Assert.Single(board.Statuses);
        Assert.Equal(Police, police.Unit.Code);
        // Received (D) · in processing (A, B, C) · awaiting supplement (I) · result ready (R) · returned (E) · refused (F); H came in February.
        Assert.Equal([1, 3, 1, 1, 1, 1], police.Counts);
        Assert.Equal(8, police.Total);
        Assert.Equal(8, board.StatusTotal);
    }

    [Fact]
    public async Task A_unit_leader_sees_open_work_due_soon_and_overdue_in_their_unit()
    {
        await LeaderScenario.ForAsync(app);

        var board = await BoardAsync(PoliceLeader);

        var police = Assert.Single(board.Holding);
        Assert.Equal(Police, police.Unit!.Code);
        // Held: A, B, C, H; B and H unassigned; C due today 17:00; A, H and B (past its new date too) overdue.
        Assert.Equal((4, 2, 1, 3), (police.Open, police.Unassigned, police.DueSoon, police.Overdue));
    }

    [Fact]
    public async Task The_workload_counts_the_steps_each_officer_holds_and_lists_idle_officers_of_the_unit()
    {
        await LeaderScenario.ForAsync(app);
        var specialistId = await LeaderTestScope.UserIdAsync(app, PoliceSpecialist);
        var leaderId = await LeaderTestScope.UserIdAsync(app, PoliceLeader);

        var board = await BoardAsync(PoliceLeader);

        var specialist = board.Officers.Single(o => o.Id == specialistId);
        // A and C: both appraisal steps are past their Form 05 due times; C's dossier is due soon, A's overdue.
        Assert.Equal((2, 0, 2, 1, 1), (specialist.Open, specialist.StepDueSoon, specialist.StepOverdue, specialist.DueSoon, specialist.Overdue));
        Assert.Equal([Police], specialist.Units.Select(u => u.Code));
        var leader = board.Officers.Single(o => o.Id == leaderId);
        Assert.Equal((0, 0, 0, 0, 0), (leader.Open, leader.StepDueSoon, leader.StepOverdue, leader.DueSoon, leader.Overdue));
        Assert.Equal(specialistId, board.Officers[0].Id);
    }

    [Fact]
    public async Task The_center_supervisor_sees_every_unit_of_the_province()
    {
        await LeaderScenario.ForAsync(app);
        var receptionId = await LeaderTestScope.UserIdAsync(app, Reception);
        var policeLeaderId = await LeaderTestScope.UserIdAsync(app, PoliceLeader);

        var board = await BoardAsync(Supervisor);

        Assert.Equal([LeaderScenario.Justice, Police], board.Statuses.Select(r => r.Unit.Code));
        Assert.Equal(9, board.StatusTotal);
        Assert.Equal([1, 4, 1, 1, 1, 1], board.StatusTotals);
        var holding = board.Holding.ToDictionary(r => r.Unit!.Code, r => (r.Open, r.Unassigned, r.DueSoon, r.Overdue));
        Assert.Equal((1, 1, 0, 1), holding[LeaderScenario.Justice]);
        Assert.Equal((4, 2, 1, 3), holding[Police]);
        // D waits at the center for its transfer, held by the officer who received it; R waits there to be returned, its
        // result ready (late, on 18 Mar): not overdue any more, its return step unassigned.
        Assert.Equal((2, 1, 0, 0), holding[Center]);
        Assert.Equal((7, 4, 1, 4), (board.HoldingTotal.Open, board.HoldingTotal.Unassigned, board.HoldingTotal.DueSoon, board.HoldingTotal.Overdue));
        var reception = board.Officers.Single(o => o.Id == receptionId);
        Assert.Equal((1, 1, 0), (reception.Open, reception.StepOverdue, reception.Overdue));
        // The province's supervisor is shown those holding work, not every idle civil servant of the province.
        Assert.DoesNotContain(board.Officers, o => o.Id == policeLeaderId);
    }

    [Fact]
    public async Task The_period_counts_dossiers_by_their_day_of_reception_in_Vietnam_both_ends_included()
    {
        await LeaderScenario.ForAsync(app);

        var february = await BoardAsync(Supervisor, new(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)));
        var secondOfMarch = await BoardAsync(Supervisor, new(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2)));
        var twentyThird = await BoardAsync(Supervisor, new(new DateOnly(2026, 3, 23), new DateOnly(2026, 3, 23)));

        Assert.Equal([0, 1, 0, 0, 0, 0], february.StatusTotals);
        // A and G in processing, R with its result ready, E returned: received 09:00–11:00 in Vietnam, 02:00–04:00 UTC on 2 March.
        Assert.Equal([0, 2, 0, 1, 1, 0], secondOfMarch.StatusTotals);
        Assert.Equal([1, 0, 0, 0, 0, 0], twentyThird.StatusTotals);
    }

    [Fact]
    public async Task Each_count_lists_exactly_the_dossiers_behind_it()
    {
        var s = await LeaderScenario.ForAsync(app);
        var police = (await BoardAsync(PoliceLeader)).Holding[0].Unit!.Id;
        var specialistId = await LeaderTestScope.UserIdAsync(app, PoliceSpecialist);

        Assert.Equal([s.H, s.A, s.B], await ListAsync(PoliceLeader, Open(LeaderView.Overdue, police)));
        Assert.Equal([s.H, s.B], (await ListAsync(PoliceLeader, Open(LeaderView.Unassigned, police))).Order());
        Assert.Equal([s.C], await ListAsync(PoliceLeader, Open(LeaderView.DueSoon)));
        Assert.Equal([s.A, s.C], await ListAsync(PoliceLeader, Open(LeaderView.StepOverdue, officer: specialistId)));
        Assert.Empty(await ListAsync(PoliceLeader, Open(LeaderView.StepDueSoon, officer: specialistId)));
        Assert.Equal([s.F], await ListAsync(PoliceLeader, Received(DossierStatus.Refused, DossierStatus.Stopped, DossierStatus.Withdrawn)));
        Assert.Equal([s.I], await ListAsync(PoliceLeader, Received(DossierStatus.AwaitingSupplement)));
        // Newest first; G belongs to the Department of Justice, outside the police leader's scope.
        Assert.Equal([s.D, s.C, s.F, s.I, s.B, s.R, s.E, s.A], await ListAsync(PoliceLeader, Received()));
        Assert.DoesNotContain(s.R, await ListAsync(Supervisor, Open(LeaderView.Overdue)));
        Assert.Contains(s.R, await ListAsync(Supervisor, Open(LeaderView.StepOverdue)));
        Assert.Contains(s.G, await ListAsync(Supervisor, Received()));
        Assert.DoesNotContain(s.G, await ListAsync(PoliceLeader, Open(LeaderView.Overdue)));
    }

    [Fact]
    public async Task A_listed_dossier_shows_where_it_is_and_who_holds_it()
    {
        var s = await LeaderScenario.ForAsync(app);

        var page = await LeaderTestScope.RunAsync(app, Supervisor, (db, scope, moment, _) =>
            LeaderDossierQuery.ListAsync(db, scope, Open(LeaderView.StepOverdue), moment, false, default));

        var d = page.Rows.Single(r => r.Reference == s.D);
        Assert.Equal(("Trần Thị Thu Hà", "Trung tâm Phục vụ hành chính công tỉnh Đồng Nai"), (d.Holder, d.StepAgency));
        // The reception step is due by the transfer deadline at the latest (Art. 18: the same working day).
        Assert.InRange(d.StepDueAt!.Value, TestClock.Vn(2026, 3, 23, 9, 0), TestClock.Vn(2026, 3, 23, 17, 0));
        var a = page.Rows.Single(r => r.Reference == s.A);
        Assert.Equal(("Nguyễn Hữu Thắng", "Công an tỉnh Đồng Nai", DossierStatus.InProcessing), (a.Holder, a.StepAgency, a.Status));
        Assert.Null(page.Rows.Single(r => r.Reference == s.H).Holder);
    }

    [Fact]
    public async Task The_overdue_list_holds_open_dossiers_past_their_due_date_and_those_finished_late_with_their_apologies()
    {
        var s = await LeaderScenario.ForAsync(app);

        var report = await LeaderTestScope.RunAsync(app, PoliceLeader, (db, scope, moment, _) =>
            OverdueReportQuery.LoadAsync(db, scope, March, moment, false, default));

        Assert.Equal([s.H, s.A, s.B], report.Open.Select(r => r.Code));
        Assert.Equal([17, 7, 6], report.Open.Select(r => r.WorkingDaysLate));
        var b = report.Open[2];
        Assert.Equal((LeaderScenario.ApologyReason, TestClock.Vn(2026, 3, 17, 17, 0), TestClock.Vn(2026, 3, 24, 17, 0)), (b.ApologyReason, b.DueAt, b.NewDueAt));
        Assert.Equal(TestClock.Vn(2026, 3, 16, 9, 0), b.ApologizedAt);
        Assert.Null(report.Open[1].ApologizedAt);
        Assert.Equal([s.R, s.E], report.FinishedLate.Select(r => r.Code));
        var e = report.FinishedLate[1];
        Assert.Equal((s.E, TestClock.Vn(2026, 3, 16, 17, 0), TestClock.Vn(2026, 3, 20, 10, 0), 4, DossierStatus.Returned),
            (e.Code, e.DueAt, e.FinishedAt!.Value, e.WorkingDaysLate, e.Status));

        var province = await LeaderTestScope.RunAsync(app, Supervisor, (db, scope, moment, _) =>
            OverdueReportQuery.LoadAsync(db, scope, March, moment, false, default));
        Assert.Equal([s.H, s.A, s.G, s.B], province.Open.Select(r => r.Code));
        var february = await LeaderTestScope.RunAsync(app, Supervisor, (db, scope, moment, _) =>
            OverdueReportQuery.LoadAsync(db, scope, new(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)), moment, false, default));
        Assert.Empty(february.FinishedLate);
        Assert.Equal(4, february.Open.Count);
    }

    [Fact]
    public async Task Due_soon_reaches_one_working_day_ahead_over_a_weekend()
    {
        await LeaderScenario.ForAsync(app);
        app.Clock.Set(TestClock.Vn(2026, 4, 3, 15, 0)); // a Friday afternoon

        var until = await LeaderTestScope.RunAsync(app, Supervisor, (_, _, moment, _) => Task.FromResult(moment.DueSoonUntil));

        Assert.Equal(TestClock.Vn(2026, 4, 6, 15, 0), until);
    }
}

public sealed class LeaderQueriesOnSqlite(SqliteApp app) : LeaderQueryTests<SqliteApp>(app);

public sealed class LeaderQueriesOnPostgres(PostgresApp app) : LeaderQueryTests<PostgresApp>(app);
