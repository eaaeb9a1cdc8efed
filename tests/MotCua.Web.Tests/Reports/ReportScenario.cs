using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Ratings;
using MotCua.Web.Features.Statistics;
using MotCua.Web.Tests.Feedback;
using MotCua.Web.Tests.Infrastructure;
using MotCua.Web.Tests.Leader;
using MotCua.Web.Tests.Ratings;

namespace MotCua.Web.Tests.Reports;

/// <summary>
/// The leaders' month of March 2026 (LeaderScenario: police dossiers H A E R B I F C D, one Justice dossier G), seen on
/// Wed 25 Mar 2026 10:00, plus what the satisfaction report counts: the applicant of E (returned) rated it "not
/// satisfied", and one citizen sent feedback about the judicial-record procedure (the police's). The statistics are
/// brought up to date (StatisticsRollup.CatchUpAsync) before any report is asked for.
/// </summary>
public static class ReportScenario
{
    private static readonly ConcurrentDictionary<MotCuaApp, Lazy<Task<LeaderScenario>>> Built = new();

    public static async Task<LeaderScenario> ForAsync(MotCuaApp app)
    {
        var scenario = await Built.GetOrAdd(app, a => new Lazy<Task<LeaderScenario>>(() => BuildAsync(a))).Value;
        app.Clock.Set(LeaderScenario.Now);
        return scenario;
    }

    private static async Task<LeaderScenario> BuildAsync(MotCuaApp app)
    {
        var s = await LeaderScenario.ForAsync(app);
        await RatingScenario.WithScope(app, async sp =>
        {
            var id = await sp.GetRequiredService<MotCuaDb>().Dossiers.Where(d => d.Code == s.E).Select(d => d.Id).SingleAsync();
            var outcome = await sp.GetRequiredService<RatingService>().RateOnlineAsync(id, RatingScenario.Input(SatisfactionLevel.NotSatisfied, "Trả kết quả chậm"));
            Assert.True(outcome.Error is null, outcome.Error);
            return 0;
        });
        await FeedbackScenario.SendAsync(app);
        await RatingScenario.WithScope(app, sp => sp.GetRequiredService<StatisticsRollup>().CatchUpAsync(default));
        return s;
    }
}
