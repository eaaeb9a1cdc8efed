using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Statistics;
using MotCua.Web.Features.Statistics;
using MotCua.Web.Features.Statistics.Index766;
using MotCua.Web.Tests.Administration;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Statistics.Index766;

/// <summary>
/// IndexQueries over stats-core's March 2026 scenario (StatisticsScenario), seen on 25 March, with two administrator
/// figures: the province's 1.4 (9 / 10) and the Police's own 1.1 (1 / 2). The province's figures (asserted by
/// StatisticsFigureTests): on time 7 / 14, online 1 / 13, paid online 1 / 12, digitised 1 / 13, reused 1 / 13,
/// satisfaction 6 / 14, feedback on time 0 / 1, feedback satisfaction 0 / 0. The demo catalogue: 32 procedures, 30 offered
/// online; one of them (judicial records) received an online dossier (B); the Police are competent for 5, all online.
/// </summary>
public abstract class Index766QueriesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private static readonly StatPeriod March = StatPeriod.Month(2026, 3);

    private async Task<IndexReport> ReportAsync()
    {
        await StatisticsScenario.ForAsync(app);
        await app.CatchUpAsync();
        await EnterFiguresOnceAsync();
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IndexQueries>().ComputeAsync(March, default);
    }

    /// <summary>Once per app (tests of a class run one after another, each on a new instance of the class).</summary>
    private async Task EnterFiguresOnceAsync()
    {
        if (await app.WithDbAsync(db => Task.FromResult(db.Index766AdminInputs.Any())))
        {
            return;
        }
        var police = await app.WithDbAsync(db => Task.FromResult(db.Agencies.Single(a => a.Code == Api.Police).Id));
        Assert.True((await app.AsAdmin<Index766InputAdmin>((s, actor) => s.SaveAsync(null,
            new Index766InputForm { Indicator = "1.4", From = "2026-03-01", To = "2026-03-31", Numerator = "9", Denominator = "10" }, actor))).Ok);
        Assert.True((await app.AsAdmin<Index766InputAdmin>((s, actor) => s.SaveAsync(null,
            new Index766InputForm { Indicator = "1.1", Unit = police.ToString(System.Globalization.CultureInfo.InvariantCulture), From = "2026-03-01", To = "2026-03-31", Numerator = "1", Denominator = "2" }, actor))).Ok);
    }

    private static decimal Group(UnitIndex index, string code) => index.Groups.Single(g => g.Code == code).Score;

    private static IndicatorScore Indicator(UnitIndex index, string code) => index.Groups.SelectMany(g => g.Indicators).Single(i => i.Code == code);

    private static void Near(decimal expected, decimal actual) => Assert.Equal(Math.Round(expected, 10), Math.Round(actual, 10));

    [Fact]
    public async Task The_province_index_of_March_equals_the_hand_computed_scores()
    {
        var report = await ReportAsync();
        var p = report.Province;

        Assert.Equal(("766/QĐ-TTg (2022)", new DateOnly(2022, 6, 23)), (report.ModelVersion, report.ModelEffectiveFrom));
        Assert.Null(p.Unit);
        Assert.Equal(Index766Scoring.NotRanked, p.Rank);
        Near(5.4m, Group(p, "transparency"));                                 // 1.4: 0.9 × 6; 1.1–1.3 not entered
        Assert.True(Indicator(p, "1.1").Missing);
        Near(10m, Group(p, "progress"));                                      // 7/14 × 20
        Assert.Equal(new Ratio(30, 32), Indicator(p, "3.1").Ratio);           // ≥ 80 % → 4
        Assert.Equal(new Ratio(1, 30), Indicator(p, "3.2").Ratio);            // 1/30 × 2
        Near(4m + 2m / 30 + 1m / 13 * 6 / 0.5m, Group(p, "online"));          // 3.3: 1/13 × 6 / 0.5
        Near(1m / 12 * 6, Group(p, "payment"));                               // 3.5 not entered; 3.6: 1/12 × 6
        Near(1m / 13 * 4 / 0.8m + 1m / 13 * 2 / 0.8m, Group(p, "digitisation")); // 4.2, 4.3; the rest not entered
        Near(0m + 6m + 6m / 14 * 6 / 0.9m, Group(p, "satisfaction"));          // 5.2 0/1; 5.3 nothing answered: full; 5.4
        Assert.Equal(30.32m, ThresholdScore.Display(p.Total));
        await using var scope = app.Services.CreateAsyncScope();
        var alone = await scope.ServiceProvider.GetRequiredService<IndexQueries>().ForUnitAsync(null, March, default);
        Assert.Equal((p.Total, Index766Scoring.NotRanked), (alone.Total, alone.Rank));
    }

    [Fact]
    public async Task A_department_uses_its_own_figure_and_its_own_procedures_and_the_province_figure_elsewhere()
    {
        var report = await ReportAsync();

        var police = report.Departments.Single(d => d.Unit!.Code == Api.Police);

        Assert.Equal(new Ratio(1, 2), Indicator(police, "1.1").Ratio);       // its own row: 0.5 × 6 = 3
        Assert.Equal(new Ratio(9, 10), Indicator(police, "1.4").Ratio);      // the province's row
        Near(3m + 5.4m, Group(police, "transparency"));
        Assert.Equal(new Ratio(5, 5), Indicator(police, "3.1").Ratio);
        Assert.Equal(new Ratio(1, 5), Indicator(police, "3.2").Ratio);
        await using var scope = app.Services.CreateAsyncScope();
        var alone = await scope.ServiceProvider.GetRequiredService<IndexQueries>().ForUnitAsync(police.Unit!.Id, March, default);
        Assert.Equal((police.Total, police.Rank), (alone.Total, alone.Rank));
    }

    [Fact]
    public async Task Communes_that_had_nothing_to_do_are_scored_but_not_ranked_above_the_commune_that_worked()
    {
        var report = await ReportAsync();

        var tranBien = report.Communes.Single(c => c.Unit!.Code == Api.TranBien);
        Assert.Equal(0m, Group(tranBien, "progress"));                        // O: 0 / 1 on time
        Assert.Equal(1, tranBien.Rank);                                       // the only commune that handled a dossier
        Assert.Same(tranBien, report.Communes[0]);
        Assert.All(report.Communes.Where(c => c != tranBien), c => Assert.Equal(Index766Scoring.NotRanked, c.Rank));
        Assert.All(report.Communes.Where(c => c != tranBien), c => Assert.True(c.Total > tranBien.Total));
        Assert.DoesNotContain(report.Departments, d => d.Unit!.Kind == Features.Organisation.AgencyKind.Commune);
    }
}

public sealed class Index766QueriesOnSqlite(SqliteApp app) : Index766QueriesTests<SqliteApp>(app);

public sealed class Index766QueriesOnPostgres(PostgresApp app) : Index766QueriesTests<PostgresApp>(app);
