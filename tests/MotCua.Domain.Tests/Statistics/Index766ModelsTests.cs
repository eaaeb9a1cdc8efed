using MotCua.Domain.Statistics;
using static MotCua.Domain.Tests.Statistics.Index766Fixture;

namespace MotCua.Domain.Tests.Statistics;

public class Index766ModelsTests
{
    /// <summary>A hypothetical later version that moves 10 points from transparency to progress (not a real law).</summary>
    private static Index766Model Later() => new("test-2026", new DateOnly(2026, 7, 1),
    [
        Group("transparency", 8, Admin("1.1", 2), Admin("1.2", 2), Admin("1.3", 2), Admin("1.4", 2)),
        Group("progress", 30, Computed("2.1", 30, 0.95m, "OnTimeRate")),
        Group("online", 12, Computed("3.1", 4, 0.8m, "OnlineProcedures"), Computed("3.2", 2, null, "OnlineProceduresUsed"), Computed("3.3", 6, 0.5m, "OnlineShare")),
        Group("payment", 10, Admin("3.5", 4, 0.8m), Computed("3.6", 6, null, "PaidOnline")),
        Group("digitisation", 22, Admin("4.1", 6), Computed("4.2", 4, 0.8m, "Digitised"), Computed("4.3", 2, 0.8m, "Reused"), Admin("4.4", 4),
            Admin("4.5.1", 2), Admin("4.5.2", 2), Admin("4.6", 2)),
        Group("satisfaction", 18, Computed("5.2", 6, null, "FeedbackOnTime"), Computed("5.3", 6, null, "FeedbackSatisfaction"), Computed("5.4", 6, 0.9m, "Satisfaction")),
    ]);

    [Theory]
    [InlineData("2022-06-23", "766-2022")]
    [InlineData("2026-06-30", "766-2022")]
    [InlineData("2026-07-01", "test-2026")]
    [InlineData("2027-03-31", "test-2026")]
    [InlineData("2021-12-31", "766-2022")] // before the index existed: scored by its first version
    public void A_period_is_scored_by_the_version_in_force_on_its_last_day(string lastDay, string version)
    {
        var models = new Index766Models([Later(), Model2022()]);

        Assert.Equal(version, models.ForPeriodEnding(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture)).Version);
    }

    [Fact]
    public void The_same_inputs_score_differently_on_each_side_of_the_change()
    {
        var models = new Index766Models([Model2022(), Later()]);
        Index766Input? Inputs(Index766Indicator i) => Published2025[i.Code];

        var june = Index766Calculator.Compute(models.ForPeriodEnding(new DateOnly(2026, 6, 30)), Inputs);
        var july = Index766Calculator.Compute(models.ForPeriodEnding(new DateOnly(2026, 7, 31)), Inputs);

        Assert.Equal(90.62m, ThresholdScore.Display(june.Total));
        // Later: transparency 0.9×2 + 2 + 2 + 0.7817×2 = 7.3634; progress 0.9712 ≥ 0.95 → 30; the rest as before (11 + 10 + 16.1758 + 17.93).
        Assert.Equal(7.3634m + 30m + 11m + 10m + 16.1758m, july.Total - july.Groups.Single(g => g.Group.Code == "satisfaction").Score);
        Assert.Equal(92.47m, ThresholdScore.Display(july.Total));
    }

    [Fact]
    public void Both_versions_total_one_hundred_points()
    {
        Assert.Equal(100m, Model2022().Points);
        Assert.Equal(100m, Later().Points);
    }

    [Fact]
    public void A_group_whose_indicators_do_not_add_up_is_refused_when_the_versions_are_loaded()
    {
        var broken = Model2022() with { Version = "broken", EffectiveFrom = new DateOnly(2030, 1, 1), Groups = [Group("progress", 20, Computed("2.1", 19, null, "OnTimeRate"))] };

        var error = Assert.Throws<ArgumentException>(() => new Index766Models([Model2022(), broken]));
        Assert.Contains("group progress has 20 points but its indicators add up to 19", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("same-date")]
    [InlineData("same-name")]
    [InlineData("bad-threshold")]
    [InlineData("duplicate-code")]
    public void Inconsistent_versions_are_refused(string defect)
    {
        var model = Model2022();
        Index766Model other = defect switch
        {
            "same-date" => model with { Version = "other" },
            "same-name" => model with { EffectiveFrom = new DateOnly(2030, 1, 1) },
            "bad-threshold" => model with { Version = "t", EffectiveFrom = new DateOnly(2030, 1, 1), Groups = [Group("g", 4, Admin("3.5", 4, 80m))] },
            _ => model with { Version = "d", EffectiveFrom = new DateOnly(2030, 1, 1), Groups = [Group("g", 4, Admin("x", 2), Admin("x", 2))] },
        };

        Assert.Throws<ArgumentException>(() => new Index766Models([model, other]));
    }

    [Fact]
    public void Before_its_first_version_no_version_is_in_force()
    {
        Assert.Null(new Index766Models([Model2022()]).InForceOn(new DateOnly(2022, 6, 22)));
    }
}
