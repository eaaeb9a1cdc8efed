using Microsoft.EntityFrameworkCore;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Statistics;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Statistics;

/// <summary>The figures of <see cref="StatisticsScenario"/> against hand-computed values, the same on each engine.</summary>
public abstract class StatisticsFigureTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private static readonly StatPeriod March = StatPeriod.Month(2026, 3);
    /// <summary>Over on Sun 15 Mar: open dossiers are judged at its end (midnight before Mon 16).</summary>
    private static readonly StatPeriod FirstHalf = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 15));

    private async Task<StatisticsScenario> ReadyAsync()
    {
        var s = await StatisticsScenario.ForAsync(app);
        await app.CatchUpAsync();
        return s;
    }

    private Task<int> AgencyIdAsync(string code) => app.WithDbAsync(db => db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());

    private async Task<List<string>> ListAsync(StatFilter filter, StatPeriod period, Figure figure)
    {
        var page = await app.QueryAsync(q => q.DossiersAsync(filter, period, figure, 1, 100, default));
        Assert.Equal(page.Total, page.Rows.Count);
        return page.Rows.Select(r => r.Code).ToList();
    }

    private static List<string> Codes(StatisticsScenario s, string names) => names.Select(n => s[n]).Order().ToList();

    [Fact]
    public async Task March_seen_on_the_25th_counts_flows_and_judges_open_dossiers_now()
    {
        await ReadyAsync();

        var m = await app.QueryAsync(q => q.TotalAsync(new StatFilter(), March, default));

        // A B C D E F G H I J K L O; M came in February, N was not accepted.
        Assert.Equal((13, 11, 1, 1), (m.Received, m.ReceivedCounter, m.ReceivedOnline, m.ReceivedPost));
        // Ended in March: A D G H early, B on time, C M late.
        Assert.Equal((7, 4, 1, 2), (m.Resolved, m.Early, m.OnTime, m.Late));
        // Open now: E F I J K L O; overdue: E (two requests), F (date before the apology), I, K, O.
        Assert.Equal((7, 5), (m.Open, m.OpenOverdue));
        Assert.Equal(new Ratio(4 + 1 + 7 - 5, 7 + 7), m.OnTimeRate);
        // (9 + 10 + 12 + 11 + 1 + 1 + 16) / 7
        Assert.Equal(Math.Round(60m / 7, 2), m.AverageProcessingDays);
        Assert.Equal(new Ratio(1, 13), m.OnlineShare);
        // Every received dossier but O (birth registration is free) bears a fee; only A was paid online.
        Assert.Equal(new Ratio(1, 12), m.PaidOnline);
        Assert.Equal(new Ratio(1, 13), m.Digitised);
        Assert.Equal(new Ratio(1, 13), m.Reused);
        Assert.Equal((1, 1, 1), (m.VerySatisfied, m.Satisfied, m.NotSatisfied));
        // Judged 14; against: C (late, not satisfied), M (late), E F I K O (overdue), J (feedback).
        Assert.Equal(new Ratio(14 - 8, 14), m.Satisfaction);
        // The feedback of 2 Mar was due on 23 Mar and is unanswered; the one of 24 Mar is due in April.
        Assert.Equal(new Ratio(0, 1), m.FeedbackOnTime);
        Assert.Equal(new Ratio(0, 0), m.FeedbackSatisfaction);
    }

    [Fact]
    public async Task A_period_already_over_judges_its_open_dossiers_at_its_end()
    {
        await ReadyAsync();

        var h = await app.QueryAsync(q => q.TotalAsync(new StatFilter(), FirstHalf, default));

        Assert.Equal((12, 10, 1, 1), (h.Received, h.ReceivedCounter, h.ReceivedOnline, h.ReceivedPost));
        Assert.Equal((3, 3, 0, 0), (h.Resolved, h.Early, h.OnTime, h.Late));
        // Open at the end of 15 Mar: B C D E F I K L M O; overdue then: M (due 9 Mar), O (due 2 Mar), E (two requests).
        Assert.Equal((10, 3), (h.Open, h.OpenOverdue));
        Assert.Equal(new Ratio(3 + 10 - 3, 13), h.OnTimeRate);
        // Against 5.4: the three overdue, and C, open then and rated not satisfied since (a rating counts for its dossier whenever given).
        Assert.Equal(new Ratio(13 - 4, 13), h.Satisfaction);
    }

    [Fact]
    public async Task Each_figure_opens_to_the_dossiers_behind_it()
    {
        var s = await ReadyAsync();
        var all = new StatFilter();

        Assert.Equal(Codes(s, "EFIKO"), (await ListAsync(all, March, Figure.OpenOverdue)).Order());
        Assert.Equal(Codes(s, "EFIJKLO"), (await ListAsync(all, March, Figure.Open)).Order());
        Assert.Equal(Codes(s, "EMO"), (await ListAsync(all, FirstHalf, Figure.OpenOverdue)).Order());
        Assert.Equal(Codes(s, "BCDEFIKLMO"), (await ListAsync(all, FirstHalf, Figure.Open)).Order());
        Assert.Equal(Codes(s, "CM"), (await ListAsync(all, March, Figure.Late)).Order());
        Assert.Equal(Codes(s, "ADGH"), (await ListAsync(all, March, Figure.Early)).Order());
        Assert.Equal(Codes(s, "B"), await ListAsync(all, March, Figure.ReceivedOnline));
        Assert.Equal(Codes(s, "L"), await ListAsync(all, March, Figure.ReceivedPost));
        Assert.Equal(Codes(s, "A"), await ListAsync(all, March, Figure.PaidOnline));
        Assert.Equal(11, (await ListAsync(all, March, Figure.NotPaidOnline)).Count);
        Assert.Equal(Codes(s, "B"), await ListAsync(all, March, Figure.Digitised));
        Assert.Equal(12, (await ListAsync(all, March, Figure.NotDigitised)).Count);
        Assert.Equal(Codes(s, "B"), await ListAsync(all, March, Figure.Reused));
        Assert.Equal(Codes(s, "C"), await ListAsync(all, March, Figure.NotSatisfied));
        var received = await app.QueryAsync(q => q.DossiersAsync(all, March, Figure.Received, 1, 5, default));
        Assert.Equal(13, received.Total);
        Assert.Equal(5, received.Rows.Count);
        // Newest first: J (23 Mar) then L (11 Mar).
        Assert.Equal([s['J'], s['L']], received.Rows.Take(2).Select(r => r.Code));
        var late = await app.QueryAsync(q => q.DossiersAsync(all, March, Figure.OpenOverdue, 1, 10, default));
        Assert.All(late.Rows, r => Assert.Equal("Overdue", r.Judgement));
    }

    [Fact]
    public async Task A_unit_counts_its_sub_units_and_the_province_lists_every_unit()
    {
        var s = await ReadyAsync();
        var police = await AgencyIdAsync(Police);
        var department = await AgencyIdAsync(StatisticsScenario.AgricultureDepartment);

        var units = await app.QueryAsync(q => q.ByUnitAsync(new StatFilter(), March, default));

        var byCode = units.ToDictionary(u => u.Unit.Code);
        Assert.Equal((11, 7, 5, 3), (byCode[Police].Values.Received, byCode[Police].Values.Resolved, byCode[Police].Values.Open, byCode[Police].Values.OpenOverdue));
        // K was decided by the land registration office, a sub-unit of the department: counted in the department's row.
        Assert.Equal((1, 1, 1), (byCode[StatisticsScenario.AgricultureDepartment].Values.Received, byCode[StatisticsScenario.AgricultureDepartment].Values.Open,
            byCode[StatisticsScenario.AgricultureDepartment].Values.OpenOverdue));
        Assert.DoesNotContain(StatisticsScenario.LandOffice, byCode.Keys);
        Assert.Equal(1, byCode[TranBien].Values.Received);
        Assert.Equal(0, byCode["000.00.03.H19"].Values.Received);
        Assert.Contains(units, u => u.Unit.Kind == AgencyKind.Commune && u.Values.Received == 0);
        var total = await app.QueryAsync(q => q.TotalAsync(new StatFilter(), March, default));
        Assert.Equal(total.Received, units.Sum(u => u.Values.Received));
        Assert.Equal(total.Open, units.Sum(u => u.Values.Open));

        var sub = await app.QueryAsync(q => q.ByUnitAsync(new StatFilter(department), March, default));
        Assert.Equal(StatisticsScenario.LandOffice, Assert.Single(sub).Unit.Code);
        Assert.Equal(1, sub[0].Values.Received);
        var policeOnly = await app.QueryAsync(q => q.TotalAsync(new StatFilter(police), March, default));
        Assert.Equal(byCode[Police].Values, policeOnly);
        var communes = await app.QueryAsync(q => q.TotalAsync(new StatFilter(Level: AgencyLevel.Commune), March, default));
        Assert.Equal((1, 1, 1), (communes.Received, communes.Open, communes.OpenOverdue));
        Assert.Equal(Codes(s, "K"), await ListAsync(new StatFilter(department), March, Figure.Open));
    }

    [Fact]
    public async Task A_trend_adds_up_to_the_total_and_ends_on_its_open_dossiers()
    {
        await ReadyAsync();
        var upToNow = new StatPeriod(new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 31));

        var total = await app.QueryAsync(q => q.TotalAsync(new StatFilter(), upToNow, default));
        var days = await app.QueryAsync(q => q.TrendAsync(new StatFilter(), upToNow, TrendStep.Day, default));
        var months = await app.QueryAsync(q => q.TrendAsync(new StatFilter(), upToNow, TrendStep.Month, default));

        Assert.Equal(59, days.Count);
        Assert.Equal([StatPeriod.Month(2026, 2), StatPeriod.Month(2026, 3)], months.Select(p => p.Period));
        foreach (var trend in new[] { days, months })
        {
            Assert.Equal(total.Received, trend.Sum(p => p.Values.Received));
            Assert.Equal(total.Resolved, trend.Sum(p => p.Values.Resolved));
            Assert.Equal((total.Early, total.OnTime, total.Late), (trend.Sum(p => p.Values.Early), trend.Sum(p => p.Values.OnTime), trend.Sum(p => p.Values.Late)));
            Assert.Equal(total.NotSatisfied, trend.Sum(p => p.Values.NotSatisfied));
            Assert.Equal((total.Open, total.OpenOverdue), (trend[^1].Values.Open, trend[^1].Values.OpenOverdue));
        }
        // February: M received, open and overdue? No: due 9 Mar, so in time at the end of February.
        Assert.Equal((1, 1, 0), (months[0].Values.Received, months[0].Values.Open, months[0].Values.OpenOverdue));
        var fifteenth = days.Single(p => p.Period.From == new DateOnly(2026, 3, 15)).Values;
        Assert.Equal((10, 3), (fifteenth.Open, fifteenth.OpenOverdue));
    }

    [Fact]
    public async Task Rebuilding_everything_gives_the_same_figures_as_catching_up()
    {
        var s = await ReadyAsync();
        var incremental = await SnapshotAsync();

        await app.RebuildAsync();

        Assert.Equal(incremental, await SnapshotAsync());
        Assert.Equal(0, await app.CatchUpAsync());
        Assert.Equal(Codes(s, "EFIKO"), (await ListAsync(new StatFilter(), March, Figure.OpenOverdue)).Order());
    }

    private async Task<string> SnapshotAsync()
    {
        var parts = new List<object>();
        foreach (var period in new[] { March, FirstHalf, StatPeriod.Month(2026, 2) })
        {
            parts.Add(await app.QueryAsync(q => q.TotalAsync(new StatFilter(), period, default)));
            parts.AddRange((await app.QueryAsync(q => q.ByUnitAsync(new StatFilter(), period, default))).Select(u => (u.Unit.Code, u.Values)));
            parts.AddRange(await app.QueryAsync(q => q.TrendAsync(new StatFilter(), period, TrendStep.Day, default)));
        }
        return string.Join('\n', parts);
    }
}

public sealed class StatisticsFigureTestsOnSqlite(SqliteApp app) : StatisticsFigureTests<SqliteApp>(app);

public sealed class StatisticsFigureTestsOnPostgres(PostgresApp app) : StatisticsFigureTests<PostgresApp>(app);
