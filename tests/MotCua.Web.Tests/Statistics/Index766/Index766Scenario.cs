using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Statistics;
using MotCua.Web.Features.Statistics.Index766;

namespace MotCua.Web.Tests.Statistics.Index766;

/// <summary>
/// Figures chosen so that the shipped model reproduces Đồng Nai's published index of 17 October 2025 (total 90.62,
/// transparency 16.09 / 18, online payment 10 / 10, satisfaction 17.93 / 18). The hand computation is written beside
/// each figure; the same inputs are in the domain's Index766Fixture.
/// </summary>
internal static class Index766Scenario
{
    public static readonly StatPeriod Q3 = new(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30));

    public static Indicators Figures => new()
    {
        OnTimeRate = new(9712, 10000),          // 2.1: 0.9712 × 20 = 19.424
        OnlineShare = new(6000, 10000),         // 3.3: 0.6 ≥ 0.5 → 6
        PaidOnline = new(5000, 5000),           // 3.6: 6
        Digitised = new(8500, 10000),           // 4.2: ≥ 0.8 → 4
        Reused = new(8000, 10000),              // 4.3: = 0.8 → 2
        FeedbackOnTime = new(593, 600),         // 5.2: 0.98833… × 6 = 5.93
        FeedbackSatisfaction = new(50, 50),     // 5.3: 6
        Satisfaction = new(9988, 10000),        // 5.4: ≥ 0.9 → 6
    };

    /// <summary>3.1: 0.9 ≥ 0.8 → 4; 3.2: 0.5 × 2 = 1.</summary>
    public static CatalogueFigures CatalogueCounts => new(new Ratio(90, 100), new Ratio(45, 90));

    public static Index766AdminInput Row(string code, long numerator, long denominator, int? unit = null, DateOnly? from = null, DateOnly? to = null) => new()
    {
        IndicatorCode = code, AgencyId = unit, From = from ?? Q3.From, To = to ?? Q3.To, Numerator = numerator, Denominator = denominator,
    };

    /// <summary>The province's rows; 1.4 as three monthly rows that add up to 7817 / 10000.</summary>
    public static List<Index766AdminInput> ProvinceRows() =>
    [
        Row("1.1", 45, 50),        // 0.9 × 6 = 5.4
        Row("1.2", 50, 50),        // 4
        Row("1.3", 50, 50),        // 2
        Row("1.4", 2600, 3300, from: new(2025, 7, 1), to: new(2025, 7, 31)),
        Row("1.4", 2617, 3400, from: new(2025, 8, 1), to: new(2025, 8, 31)),
        Row("1.4", 2600, 3300, from: new(2025, 9, 1), to: new(2025, 9, 30)),   // 7817 / 10000 × 6 = 4.6902 → 16.0902
        Row("3.5", 40, 45),        // 0.888… ≥ 0.8 → 4             → payment 10
        Row("4.1", 75, 100),       // 0.75 × 6 = 4.5
        Row("4.4", 50, 100),       // 0.5 × 4 = 2
        Row("4.5.1", 10, 10),      // 2
        Row("4.5.2", 60, 100),     // 1.2
        Row("4.6", 2379, 10000),   // 0.4758                        → digitisation 16.1758
    ];

    public static Agency Commune(int id, string name) => new() { Id = id, Code = $"000.{id:00}.31.H19", Name = name, NameEn = name, Kind = AgencyKind.Commune, Level = AgencyLevel.Commune };

    public static Agency Department(int id, string name) => new() { Id = id, Code = $"000.00.{id:00}.H19", Name = name, NameEn = name, Kind = AgencyKind.Department, Level = AgencyLevel.Province };
}
