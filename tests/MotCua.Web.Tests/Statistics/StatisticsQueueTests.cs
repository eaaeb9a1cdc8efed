using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Features.Statistics;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Statistics;

/// <summary>The queue of changed dossiers is written in the transaction of the change: committed changes are counted, others never.</summary>
public abstract class StatisticsQueueTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private Task<int> QueuedAsync(long dossierId) =>
        app.WithDbAsync(db => db.Set<StatisticsChange>().CountAsync(c => c.DossierId == dossierId));

    private Task<long> IdAsync(string code) => app.WithDbAsync(db => db.Dossiers.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

    [Fact]
    public async Task A_dossier_received_by_one_request_is_queued_with_it_and_counted_after_catching_up()
    {
        app.Clock.Set(TestClock.Vn(2026, 4, 6, 9, 0));
        await app.CatchUpAsync();
        var today = StatPeriod.Day(new DateOnly(2026, 4, 6));
        var before = await app.QueryAsync(q => q.TotalAsync(new StatFilter(), today, default));
        var reception = await app.ClientFor(Reception);

        var code = (await reception.Intake(JudicialRecordIntake())).Str("code");

        var id = await IdAsync(code);
        Assert.Equal(1, await QueuedAsync(id));
        Assert.True(await app.CatchUpAsync() >= 1);
        Assert.Equal(0, await QueuedAsync(id));
        var after = await app.QueryAsync(q => q.TotalAsync(new StatFilter(), today, default));
        Assert.Equal((before.Received + 1, before.Open + 1), (after.Received, after.Open));

        app.Clock.Set(TestClock.Vn(2026, 4, 6, 10, 0));
        await reception.ActOk(code, "withdraw", new { reasons = new[] { "Người nộp xin rút" } });
        Assert.Equal(1, await QueuedAsync(id));
        await app.CatchUpAsync();
        var withdrawn = await app.QueryAsync(q => q.TotalAsync(new StatFilter(), today, default));
        Assert.Equal((before.Resolved + 1, before.Early + 1, before.Open), (withdrawn.Resolved, withdrawn.Early, withdrawn.Open));
    }

    [Fact]
    public async Task A_change_rolled_back_leaves_no_queue_row()
    {
        app.Clock.Set(TestClock.Vn(2026, 4, 7, 9, 0));
        var reception = await app.ClientFor(Reception);
        var code = (await reception.Intake(JudicialRecordIntake())).Str("code");
        var id = await IdAsync(code);
        await app.CatchUpAsync();

        var queuedInside = await app.WithDbAsync(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            (await db.Dossiers.SingleAsync(d => d.Id == id)).ApplicantAddress = "Địa chỉ mới";
            await db.SaveChangesAsync();
            var inside = await db.Set<StatisticsChange>().CountAsync(c => c.DossierId == id);
            await tx.RollbackAsync();
            return inside;
        });

        Assert.Equal(1, queuedInside);
        Assert.Equal(0, await QueuedAsync(id));
    }

    [Fact]
    public async Task A_refused_action_leaves_no_queue_row()
    {
        app.Clock.Set(TestClock.Vn(2026, 4, 8, 9, 0));
        var reception = await app.ClientFor(Reception);
        var code = (await reception.Intake(JudicialRecordIntake())).Str("code");
        var id = await IdAsync(code);
        await app.CatchUpAsync();

        var refused = await reception.Act(code, "receive-supplement");

        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(0, await QueuedAsync(id));
    }
}

public sealed class StatisticsQueueTestsOnSqlite(SqliteApp app) : StatisticsQueueTests<SqliteApp>(app);

public sealed class StatisticsQueueTestsOnPostgres(PostgresApp app) : StatisticsQueueTests<PostgresApp>(app);
