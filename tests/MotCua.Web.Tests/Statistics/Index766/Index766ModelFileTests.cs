using System.Text.Json;
using System.Text.Json.Serialization;
using MotCua.Domain.Statistics;
using MotCua.Web.Features.Statistics.Index766;

namespace MotCua.Web.Tests.Statistics.Index766;

/// <summary>The shipped model file, and the file an administrator adds (Statistics:Index766:ModelFile).</summary>
public sealed class Index766ModelFileTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"index766-{Guid.NewGuid():N}.json");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private void Write(params Index766Model[] versions) => File.WriteAllText(file, JsonSerializer.Serialize(new { versions }, Json));

    [Fact]
    public void The_shipped_model_has_the_six_groups_of_the_national_portal_on_100_points_from_23_June_2022()
    {
        var model = Index766ModelSource.Load(null).Versions.Single();

        Assert.Equal(new DateOnly(2022, 6, 23), model.EffectiveFrom);
        Assert.Equal(["transparency 18", "progress 20", "online 12", "payment 10", "digitisation 22", "satisfaction 18"],
            model.Groups.Select(g => $"{g.Code} {g.Points:0}"));
        Assert.Empty(model.Problems());
        Assert.Equal(Index766NoData.FullPoints, model.NoData);
    }

    [Theory]
    [InlineData("3.1", 0.8)]
    [InlineData("3.3", 0.5)]
    [InlineData("3.5", 0.8)]
    [InlineData("4.2", 0.8)]
    [InlineData("4.3", 0.8)]
    [InlineData("5.4", 0.9)]
    public void The_thresholds_of_the_formula_description_are_in_the_shipped_model(string code, double threshold)
    {
        var indicator = Index766ModelSource.Load(null).Versions.Single().Indicators.Single(i => i.Code == code);

        Assert.Equal((decimal)threshold, indicator.Threshold);
    }

    [Fact]
    public void Splits_the_sources_do_not_confirm_are_marked_as_assumptions()
    {
        var model = Index766ModelSource.Load(null).Versions.Single();

        Assert.All(model.Groups.Where(g => g.Code is "progress" or "online" or "payment"), g => Assert.NotNull(g.AssumptionEn));
        Assert.Null(model.Groups.Single(g => g.Code == "satisfaction").Assumption);
        Assert.StartsWith("Chưa xác nhận được cách chia 12 điểm", model.Groups.Single(g => g.Code == "online").Assumption, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_added_by_the_administrators_file_scores_the_periods_after_its_effective_date()
    {
        var shipped = Index766ModelSource.Embedded().Single();
        var later = shipped with { Version = "Sửa đổi 2026 (thử)", EffectiveFrom = new DateOnly(2026, 7, 1) };
        Write(later);

        var models = Index766ModelSource.Load(file);

        Assert.Equal(2, models.Versions.Count);
        Assert.Equal(shipped.Version, models.ForPeriodEnding(new DateOnly(2026, 6, 30)).Version);
        Assert.Equal("Sửa đổi 2026 (thử)", models.ForPeriodEnding(new DateOnly(2026, 9, 30)).Version);
    }

    [Fact]
    public void A_version_of_the_same_name_replaces_the_shipped_one()
    {
        var shipped = Index766ModelSource.Embedded().Single();
        var progress = shipped.Groups.Single(g => g.Code == "progress");
        var corrected = progress with { Indicators = [progress.Indicators[0] with { Threshold = 0.95m }] };
        Write(shipped with { Groups = shipped.Groups.Select(g => g.Code == "progress" ? corrected : g).ToList() });

        var models = Index766ModelSource.Load(file);

        Assert.Equal(0.95m, Assert.Single(models.Versions).Indicators.Single(i => i.Code == "2.1").Threshold);
    }

    [Fact]
    public void A_file_naming_an_input_MotCua_does_not_count_is_refused_with_the_known_names()
    {
        var shipped = Index766ModelSource.Embedded().Single();
        var progress = shipped.Groups.Single(g => g.Code == "progress");
        var wrong = progress with { Indicators = [progress.Indicators[0] with { Input = "OnTime" }] };
        Write(shipped with { Version = "x", EffectiveFrom = new DateOnly(2030, 1, 1), Groups = shipped.Groups.Select(g => g.Code == "progress" ? wrong : g).ToList() });

        var error = Assert.Throws<InvalidOperationException>(() => Index766ModelSource.Load(file));

        Assert.Contains("unknown input 'OnTime'", error.Message, StringComparison.Ordinal);
        Assert.Contains("OnTimeRate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assumption_stated_in_one_language_only_is_refused()
    {
        var shipped = Index766ModelSource.Embedded().Single();
        var payment = shipped.Groups.Single(g => g.Code == "payment");
        Write(shipped with { Groups = shipped.Groups.Select(g => g.Code == "payment" ? payment with { AssumptionEn = null } : g).ToList() });

        var error = Assert.Throws<ArgumentException>(() => Index766ModelSource.Load(file));

        Assert.Contains("group payment states its assumption in one language only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused()
    {
        File.WriteAllText(file, "{ \"versions\": [ { \"version\": 3 ");

        Assert.Throws<InvalidOperationException>(() => Index766ModelSource.Load(file));
    }

    public void Dispose() => File.Delete(file);
}
