using MotCua.Domain.Calendar;

namespace MotCua.Domain.Tests.Calendar;

/// <summary>The calendar exactly as the application seeds it: src/MotCua.Web/Seed/calendar.json.</summary>
internal static class PublishedCalendar
{
    private static readonly Lazy<HolidayRuleSet> Lazy = new(() => HolidayRuleSet.Parse(File.ReadAllText(SeedPath())));
    private static readonly Lazy<WorkingCalendar> LazyCalendar = new(() => Lazy.Value.ToCalendar());

    public static HolidayRuleSet RuleSet => Lazy.Value;

    public static WorkingCalendar Calendar => LazyCalendar.Value;

    /// <summary>The statutory rules without any yearly decision: what the law alone gives.</summary>
    public static WorkingCalendar RulesOnly(params CalendarOverride[] overrides) => WorkingCalendar.Create(RuleSet.Rules, overrides);

    public static string SeedPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "src", "MotCua.Web", "Seed", "calendar.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("src/MotCua.Web/Seed/calendar.json was not found above the test output folder.");
    }
}
