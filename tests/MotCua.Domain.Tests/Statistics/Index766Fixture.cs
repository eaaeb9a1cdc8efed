using MotCua.Domain.Statistics;

namespace MotCua.Domain.Tests.Statistics;

/// <summary>
/// A model with the shape of the 2022 index (groups 18/20/12/10/22/18, the indicator points of the national portal and
/// the assumed splits of the web layer's model file), built in code so these tests do not depend on the file.
/// </summary>
internal static class Index766Fixture
{
    public static Index766Indicator Admin(string code, decimal points, decimal? threshold = null) =>
        new(code, "Chỉ số " + code, "Indicator " + code, "Tử / mẫu", "Numerator / denominator", points, threshold, Index766Source.AdministratorTable);

    public static Index766Indicator Computed(string code, decimal points, decimal? threshold, string input) =>
        new(code, "Chỉ số " + code, "Indicator " + code, "Tử / mẫu", "Numerator / denominator", points, threshold, Index766Source.Computed, input);

    public static Index766Group Group(string code, decimal points, params Index766Indicator[] indicators) =>
        new(code, "Nhóm " + code, "Group " + code, points, indicators);

    public static Index766Model Model2022(Index766NoData noData = Index766NoData.FullPoints) => new("766-2022", new DateOnly(2022, 6, 23),
    [
        Group("transparency", 18, Admin("1.1", 6), Admin("1.2", 4), Admin("1.3", 2), Admin("1.4", 6)),
        Group("progress", 20, Computed("2.1", 20, null, "OnTimeRate")),
        Group("online", 12, Computed("3.1", 4, 0.8m, "OnlineProcedures"), Computed("3.2", 2, null, "OnlineProceduresUsed"), Computed("3.3", 6, 0.5m, "OnlineShare")),
        Group("payment", 10, Admin("3.5", 4, 0.8m), Computed("3.6", 6, null, "PaidOnline")),
        Group("digitisation", 22, Admin("4.1", 6), Computed("4.2", 4, 0.8m, "Digitised"), Computed("4.3", 2, 0.8m, "Reused"), Admin("4.4", 4),
            Admin("4.5.1", 2), Admin("4.5.2", 2), Admin("4.6", 2)),
        Group("satisfaction", 18, Computed("5.2", 6, null, "FeedbackOnTime"), Computed("5.3", 6, null, "FeedbackSatisfaction"), Computed("5.4", 6, 0.9m, "Satisfaction")),
    ], noData);

    /// <summary>
    /// Inputs chosen to reproduce Đồng Nai's published index of 17 October 2025 (baodongnai.com.vn): total 90.62,
    /// transparency 16.09 / 18, online payment 10 / 10, satisfaction 17.93 / 18. The inputs are ours, not Đồng Nai's
    /// (which were not published); the sums are computed by hand below each line.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Index766Input> Published2025 = new Dictionary<string, Index766Input>
    {
        ["1.1"] = new(45, 50),        // 0.9 × 6 = 5.4
        ["1.2"] = new(50, 50),        // 4
        ["1.3"] = new(50, 50),        // 2
        ["1.4"] = new(7817, 10000),   // 0.7817 × 6 = 4.6902      → transparency 16.0902 (shown 16.09)
        ["2.1"] = new(9712, 10000),   // 0.9712 × 20 = 19.424     → progress 19.424
        ["3.1"] = new(90, 100),       // 0.9 ≥ 0.8 → 4
        ["3.2"] = new(45, 90),        // 0.5 × 2 = 1
        ["3.3"] = new(6000, 10000),   // 0.6 ≥ 0.5 → 6            → online 11
        ["3.5"] = new(40, 45),        // 0.888… ≥ 0.8 → 4
        ["3.6"] = new(5000, 5000),    // 6                         → payment 10
        ["4.1"] = new(75, 100),       // 0.75 × 6 = 4.5
        ["4.2"] = new(8500, 10000),   // ≥ 0.8 → 4
        ["4.3"] = new(8000, 10000),   // = 0.8 → 2
        ["4.4"] = new(50, 100),       // 0.5 × 4 = 2
        ["4.5.1"] = new(10, 10),      // 2
        ["4.5.2"] = new(60, 100),     // 0.6 × 2 = 1.2
        ["4.6"] = new(2379, 10000),   // 0.2379 × 2 = 0.4758      → digitisation 16.1758
        ["5.2"] = new(593, 600),      // 0.98833… × 6 = 5.93
        ["5.3"] = new(50, 50),        // 6
        ["5.4"] = new(9988, 10000),   // ≥ 0.9 → 6                 → satisfaction 17.93
    };                                // total 16.0902 + 19.424 + 11 + 10 + 16.1758 + 17.93 = 90.62
}
