using MotCua.Domain.Statistics;
using MotCua.Web.Features.Statistics;
using MotCua.Web.Features.Statistics.Index766;
using static MotCua.Web.Tests.Statistics.Index766.Index766Scenario;

namespace MotCua.Web.Tests.Statistics.Index766;

/// <summary>The shipped model fed with a unit's figures, catalogue counts and administrator rows, without a database.</summary>
public class Index766ScoringTests
{
    private static readonly Index766Model Model = Index766ModelSource.Embedded().Single();

    private static UnitIndex Score(Features.Organisation.Agency? unit, Indicators figures, CatalogueFigures catalogue, List<Index766AdminInput> rows) =>
        Index766Scoring.ToUnitIndex(unit, Index766Scoring.Compute(Model, new UnitInputs(unit, figures, catalogue, rows, Q3)), 0);

    private static decimal Group(UnitIndex index, string code) => index.Groups.Single(g => g.Code == code).Score;

    private static IndicatorScore Indicator(UnitIndex index, string code) => index.Groups.SelectMany(g => g.Indicators).Single(i => i.Code == code);

    [Fact]
    public void The_province_scenario_reproduces_the_published_shape_90_62_with_16_09_transparency_10_payment_17_93_satisfaction()
    {
        var province = Score(null, Figures, CatalogueCounts, ProvinceRows());

        Assert.Equal(16.09m, ThresholdScore.Display(Group(province, "transparency")));
        Assert.Equal(19.424m, Group(province, "progress"));
        Assert.Equal(11m, Group(province, "online"));
        Assert.Equal(10m, Group(province, "payment"));
        Assert.Equal(16.1758m, Group(province, "digitisation"));
        Assert.Equal(17.93m, ThresholdScore.Display(Group(province, "satisfaction")));
        Assert.Equal(90.62m, ThresholdScore.Display(province.Total));
    }

    [Fact]
    public void Every_indicator_says_its_formula_numerator_denominator_points_and_whether_the_administrator_entered_it()
    {
        var province = Score(null, Figures, CatalogueCounts, ProvinceRows());

        var sync = Indicator(province, "1.4");
        Assert.Equal(new Ratio(7817, 10000), sync.Ratio); // three monthly rows added up
        Assert.True(sync.FromAdministratorTable);
        Assert.Equal(6m, sync.MaxPoints);
        Assert.Equal(4.6902m, sync.Score);
        var online = Indicator(province, "3.3");
        Assert.False(online.FromAdministratorTable);
        Assert.Equal(0.5m, online.Threshold);
        Assert.Equal(new Ratio(6000, 10000), online.Ratio);
        Assert.All(province.Groups.SelectMany(g => g.Indicators), i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.Formula));
            Assert.False(string.IsNullOrWhiteSpace(i.FormulaEn));
            Assert.False(i.Missing);
        });
        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "3.5", "4.1", "4.4", "4.5.1", "4.5.2", "4.6"],
            province.Groups.SelectMany(g => g.Indicators).Where(i => i.FromAdministratorTable).Select(i => i.Code));
    }

    [Fact]
    public void A_commune_uses_its_own_row_where_it_has_one_and_the_province_figure_elsewhere()
    {
        var commune = Commune(31, "Phường Trấn Biên");
        var rows = ProvinceRows();
        rows.Add(Row("1.4", 9000, 10000, unit: 31)); // 0.9 × 6 = 5.4 instead of 4.6902

        var index = Score(commune, Figures, CatalogueCounts, rows);

        Assert.Equal(new Ratio(9000, 10000), Indicator(index, "1.4").Ratio);
        Assert.Equal(new Ratio(45, 50), Indicator(index, "1.1").Ratio);
        Assert.Equal(5.4m + 4 + 2 + 5.4m, Group(index, "transparency"));
    }

    [Fact]
    public void Without_administrator_rows_those_indicators_are_reported_as_not_entered_and_score_zero()
    {
        var province = Score(null, Figures, CatalogueCounts, []);

        Assert.Equal(0m, Group(province, "transparency"));
        Assert.True(Indicator(province, "3.5").Missing);
        Assert.Equal(6m, Group(province, "payment"));         // 3.6 alone
        Assert.Equal(6m, Group(province, "digitisation"));    // 4.2 4 + 4.3 2
        Assert.Equal(19.424m + 11 + 6 + 6 + 17.93m, province.Total);
    }

    [Fact]
    public void A_commune_with_no_dossier_no_feedback_and_no_procedure_earns_full_points_on_what_it_had_nothing_to_do()
    {
        var quiet = Score(Commune(35, "Xã Nhơn Trạch"), new Indicators(), new CatalogueFigures(), ProvinceRows());

        Assert.Equal(20m, Group(quiet, "progress"));
        Assert.Equal(12m, Group(quiet, "online"));
        Assert.Equal(18m, Group(quiet, "satisfaction"));
        Assert.Equal(new Ratio(0, 0), Indicator(quiet, "2.1").Ratio);
        // province rows: transparency 16.0902, 3.5 4, digitisation 4.5 + 2 + 2 + 1.2 + 0.4758; nothing to measure: 20 + 12 + 6 + 4 + 2 + 18
        Assert.Equal(16.0902m + 20 + 12 + 10 + 16.1758m + 18, quiet.Total);
    }

    [Fact]
    public void Units_are_ranked_within_their_kind_and_ties_on_the_shown_total_share_a_rank()
    {
        Index766Result Result(long onTime) => Index766Scoring.Compute(Model,
            new UnitInputs(null, Figures with { OnTimeRate = new(onTime, 10000) }, CatalogueCounts, ProvinceRows(), Q3));
        var units = new[]
        {
            (Department(2, "Sở Nội vụ"), Result(9000)),        // 18 points of progress
            (Department(3, "Sở Tư pháp"), Result(10000)),      // 20
            (Department(4, "Sở Tài chính"), Result(9000)),     // 18: same total as Sở Nội vụ
            (Department(5, "Sở Công Thương"), Result(8000)),   // 16
        };

        var ranked = Index766Scoring.Ranked(units);

        Assert.Equal(["Sở Tư pháp 1", "Sở Nội vụ 2", "Sở Tài chính 2", "Sở Công Thương 4"], ranked.Select(u => $"{u.Unit!.Name} {u.Rank}"));
    }
}
