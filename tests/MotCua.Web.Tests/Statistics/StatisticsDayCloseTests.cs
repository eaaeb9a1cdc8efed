using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Features.Feedback;
using MotCua.Web.Features.Statistics;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Statistics;

/// <summary>
/// The day close: open dossiers at the end of each closed day are kept in the daily roll-up, read for periods in the past,
/// and moved by later changes. One judicial record P, received Mon 2 Mar 2026 09:00 (due Mon 16 Mar 17:00).
/// </summary>
public abstract class StatisticsDayCloseTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private static readonly StatPeriod ToFriday13 = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 13));
    private static readonly StatPeriod ToTuesday17 = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 17));

    private Task<Indicators> TotalAsync(StatPeriod period) => app.QueryAsync(q => q.TotalAsync(new StatFilter(), period, default));

    [Fact]
    public async Task Closed_days_keep_their_open_dossiers_and_later_changes_move_them()
    {
        var reception = await app.ClientFor(Reception);
        app.Clock.Set(TestClock.Vn(2026, 3, 2, 9, 0));
        var code = (await reception.Intake(JudicialRecordIntake())).Str("code");
        await reception.ActOk(code, "transfer");
        app.Clock.Set(TestClock.Vn(2026, 3, 4, 10, 0));
        await app.CatchUpAsync();

        // Wed 18 Mar: the days since 4 Mar are over but not yet closed: read from the open spans.
        app.Clock.Set(TestClock.Vn(2026, 3, 18, 10, 0));
        var beforeClose = (await TotalAsync(ToFriday13), await TotalAsync(ToTuesday17));
        Assert.Equal(0, await app.CatchUpAsync());
        var afterClose = (await TotalAsync(ToFriday13), await TotalAsync(ToTuesday17));

        Assert.Equal(beforeClose, afterClose);
        Assert.Equal((1L, 0L, new Ratio(1, 1)), (afterClose.Item1.Open, afterClose.Item1.OpenOverdue, afterClose.Item1.Satisfaction));
        Assert.Equal((1L, 1L, new Ratio(0, 1)), (afterClose.Item2.Open, afterClose.Item2.OpenOverdue, afterClose.Item2.OnTimeRate));

        // A feedback naming P: the dossier now counts against 5.4 at the end of every day it was open, closed days included.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var submitted = await scope.ServiceProvider.GetRequiredService<FeedbackService>().SubmitAsync(new FeedbackSubmission
            {
                ProcedureCode = JudicialRecord, DossierCode = code, Title = "Chậm", Content = "Chưa có kết quả.", Name = "Nguyễn Văn An",
                Phone = "0912345678", Consent = true,
            }, FeedbackChannel.Portal, "vi", null);
            Assert.NotNull(submitted.Case);
        }
        Assert.Equal(1, await app.CatchUpAsync());
        Assert.Equal(new Ratio(0, 1), (await TotalAsync(ToFriday13)).Satisfaction);

        var incremental = (await TotalAsync(ToFriday13), await TotalAsync(ToTuesday17));
        await app.RebuildAsync();
        Assert.Equal(incremental, (await TotalAsync(ToFriday13), await TotalAsync(ToTuesday17)));
    }
}

public sealed class StatisticsDayCloseTestsOnSqlite(SqliteApp app) : StatisticsDayCloseTests<SqliteApp>(app);

public sealed class StatisticsDayCloseTestsOnPostgres(PostgresApp app) : StatisticsDayCloseTests<PostgresApp>(app);
