using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Statistics;

// ---- Decision 766 index: the shared contract's records. The scoring is in Index766/ (IndexQueries, the model versions,
// the administrator's table).
/// <summary>One indicator of the index as computed: its formula text, inputs, and points. <paramref name="Missing"/>: its
/// administrator figure was never entered for the unit or the province (it scored 0); a figure entered with a denominator
/// of 0 is not missing: it is "nothing to measure" and scores by the model's rule.</summary>
public sealed record IndicatorScore(string Code, string Name, string NameEn, string Formula, string FormulaEn, Ratio Ratio,
    decimal? Threshold, decimal MaxPoints, decimal Score, bool FromAdministratorTable, bool Missing);

public sealed record GroupScore(string Code, string Name, string NameEn, decimal MaxPoints, decimal Score, IReadOnlyList<IndicatorScore> Indicators);

/// <summary>A unit's index; Unit null = the whole province. Rank 1 = best among units of the same kind (departments or communes).</summary>
public sealed record UnitIndex(Agency? Unit, decimal Total, IReadOnlyList<GroupScore> Groups, int Rank);

/// <summary>The model version used (weights, thresholds and formulas are configuration with effective dates).</summary>
public sealed record IndexReport(StatPeriod Period, string ModelVersion, DateOnly ModelEffectiveFrom, UnitIndex Province,
    IReadOnlyList<UnitIndex> Departments, IReadOnlyList<UnitIndex> Communes);

// IndexQueries (scoped, registered by AddStatistics()) is implemented in Index766/IndexQueries.cs.
