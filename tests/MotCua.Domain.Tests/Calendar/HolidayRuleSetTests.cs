using MotCua.Domain.Calendar;

namespace MotCua.Domain.Tests.Calendar;

public class HolidayRuleSetTests
{
    [Fact]
    public void Seed_file_holds_the_statutory_holidays_of_the_Labour_Code_2019()
    {
        var rules = PublishedCalendar.RuleSet.Rules;
        Assert.Equal(7, rules.Count);
        Assert.All(rules, r => Assert.Equal(new DateOnly(2021, 1, 1), r.EffectiveFrom));
        Assert.All(rules, r => Assert.Null(r.EffectiveTo));
        Assert.All(rules, r => Assert.Contains("Điều 112", r.LegalBasis ?? "", StringComparison.Ordinal));
        Assert.Equal(11, rules.Sum(r => r.Days)); // Art. 112(1): eleven paid days a year
        Assert.Contains(rules, r => r is { Kind: HolidayKind.TetBlock, Days: 5 });
        Assert.Contains(rules, r => r is { Kind: HolidayKind.LunarDate, Month: 3, Day: 10 });
        Assert.Contains(rules, r => r is { Kind: HolidayKind.SolarDate, Month: 9, Day: 1 });
        Assert.Contains(rules, r => r is { Kind: HolidayKind.SolarDate, Month: 9, Day: 2 });
    }

    [Fact]
    public void Every_override_of_the_seed_file_cites_its_source_in_Vietnamese()
    {
        var overrides = PublishedCalendar.RuleSet.Overrides;
        Assert.Equal(7, overrides.Count);
        Assert.All(overrides, o => Assert.Matches(@"\d+/(VPCP-KGVX|TB-BNV)", o.Reason));
        Assert.All(overrides, o => Assert.False(string.IsNullOrWhiteSpace(o.ReasonEn)));
    }

    [Fact]
    public void Rule_set_survives_a_round_trip_through_its_json()
    {
        var original = PublishedCalendar.RuleSet;
        var again = HolidayRuleSet.Parse(original.ToJson());
        Assert.Equal(original.Rules, again.Rules);
        Assert.Equal(original.Overrides, again.Overrides);
        Assert.Contains("Tết Âm lịch", original.ToJson(), StringComparison.Ordinal); // readable, not \u-escaped
    }

    [Fact]
    public void Hand_edited_file_may_have_comments_trailing_commas_and_defaults()
    {
        const string json = """
            {
              // added by the administrator
              "rules": [
                { "name": "Quốc khánh", "nameEn": "National Day", "kind": "SolarDate", "month": 9, "day": 2, "effectiveFrom": "2021-01-01", },
              ],
              "overrides": [
                { "date": "2026-08-31", "kind": "DayOff", "reason": "Thông báo 9441/TB-BNV" },
              ],
            }
            """;
        var (rules, overrides) = HolidayRuleSet.Parse(json);
        var rule = Assert.Single(rules);
        Assert.Equal(1, rule.Days);
        Assert.Null(rule.EffectiveTo);
        Assert.Equal(OverrideKind.DayOff, Assert.Single(overrides).Kind);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{ "rules": [ { "name": "A", "nameEn": "A", "kind": "Solar", "month": 1, "day": 1, "effectiveFrom": "2021-01-01" } ] }""")]
    [InlineData("""{ "rules": [ { "name": "A", "nameEn": "A", "kind": "SolarDate", "month": 1, "day": 1 } ] }""")]
    [InlineData("""{ "rules": [ { "name": "A", "nameEn": "A", "kind": "SolarDate", "month": 2, "day": 30, "effectiveFrom": "2021-01-01" } ] }""")]
    [InlineData("""{ "rules": [ { "name": "A", "nameEn": "A", "kind": "TetBlock", "month": 1, "day": 1, "days": 5, "effectiveFrom": "2021-01-01" } ] }""")]
    [InlineData("""{ "rules": [ { "name": "A", "nameEn": "A", "kind": "SolarDate", "month": 1, "day": 1, "effectiveFrom": "2021-13-01" } ] }""")]
    [InlineData("""{ "overrides": [ { "date": "2026-08-31", "kind": "DayOff" } ] }""")]
    [InlineData("""{ "overrides": [ { "date": "2026-08-31", "kind": "Holiday", "reason": "x" } ] }""")]
    [InlineData("""{ "overrides": [ { "date": "2026-08-31", "kind": "DayOff", "reason": "x" }, { "date": "2026-08-31", "kind": "WorkingDay", "reason": "y" } ] }""")]
    [InlineData("null")]
    public void Faulty_file_is_refused_with_a_format_error(string json) =>
        Assert.Throws<FormatException>(() => HolidayRuleSet.Parse(json));
}
