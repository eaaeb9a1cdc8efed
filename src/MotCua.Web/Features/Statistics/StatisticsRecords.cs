using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Statistics;

/// <summary>What to count: an agency WITH all its sub-units (null = the whole province), and optional narrowing.</summary>
public sealed record StatFilter(int? AgencyId = null, AgencyLevel? Level = null, string? FieldCode = null, int? ProcedureId = null);

/// <summary>A figure shown with its numerator and denominator. Value is null when the denominator is 0.</summary>
public readonly record struct Ratio(long Numerator, long Denominator)
{
    public decimal? Value => Denominator == 0 ? null : (decimal)Numerator / Denominator;
}

/// <summary>
/// The indicators of issue 6 for one scope and period ("flow" semantics, as the periodic reports of Circular 01 and rule
/// 2.1 count them): received = accepted in the period; resolved = ended in the period (result ready, refused, stopped,
/// withdrawn) and judged at that end; open = received by the period's end and not ended then, judged at the period's end.
/// </summary>
public sealed record Indicators
{
    public long Received { get; init; }
    public long ReceivedCounter { get; init; }
    public long ReceivedOnline { get; init; }
    public long ReceivedPost { get; init; }
    public long Resolved { get; init; }
    public long Early { get; init; }
    public long OnTime { get; init; }
    public long Late { get; init; }
    public long Open { get; init; }
    public long OpenOverdue { get; init; }
    /// <summary>Rule 2.1: (Early + OnTime + Open − OpenOverdue) / (Resolved + Open).</summary>
    public Ratio OnTimeRate { get; init; }
    /// <summary>Average working days from reception to the end, of the dossiers resolved in the period; null if none.</summary>
    public decimal? AverageProcessingDays { get; init; }
    /// <summary>3.3: online / received.</summary>
    public Ratio OnlineShare { get; init; }
    /// <summary>3.6: received dossiers paid online / received dossiers of fee-bearing procedures.</summary>
    public Ratio PaidOnline { get; init; }
    /// <summary>4.2: received dossiers with their input files attached / received.</summary>
    public Ratio Digitised { get; init; }
    /// <summary>4.3: received dossiers reusing at least one digitised component / received.</summary>
    public Ratio Reused { get; init; }
    public long VerySatisfied { get; init; }
    public long Satisfied { get; init; }
    public long NotSatisfied { get; init; }
    /// <summary>5.4: (judged − overdue − rated not satisfied or with feedback) / judged.</summary>
    public Ratio Satisfaction { get; init; }
    /// <summary>5.2: feedback handled on time / feedback due in the period.</summary>
    public Ratio FeedbackOnTime { get; init; }
    /// <summary>5.3: feedback answers not disliked and not late / feedback answered.</summary>
    public Ratio FeedbackSatisfaction { get; init; }
}

/// <summary>The figures a list of dossiers can be opened from ("each figure can be opened to the list behind it").</summary>
public enum Figure
{
    Received, ReceivedCounter, ReceivedOnline, ReceivedPost,
    Resolved, Early, OnTime, Late, Open, OpenOverdue,
    PaidOnline, NotPaidOnline, Digitised, NotDigitised, Reused, NotSatisfied,
}

public sealed record UnitFigures(Agency Unit, Indicators Values);

public sealed record TrendPoint(StatPeriod Period, Indicators Values);

public enum TrendStep { Day, Month, Quarter, Year }

/// <summary>A row of a drill-down list: no applicant data (the list is for leaders; opening a dossier logs the read).</summary>
public sealed record DossierRow(long Id, string Code, string ProcedureCode, string ProcedureName, string ProcedureNameEn, int AgencyId,
    Channel Channel, DossierStatus Status, DateTimeOffset ReceivedAt, DateTimeOffset? DueAt, DateTimeOffset? EndedAt, string? Judgement);

public sealed record DossierPage(IReadOnlyList<DossierRow> Rows, long Total, int Page, int PageSize)
{
    public int Pages => PagesOf(Total, PageSize);

    /// <summary>How many pages a list of <paramref name="total"/> rows makes; an empty list is one (empty) page.</summary>
    public static int PagesOf(long total, int pageSize) => (int)Math.Max(1, (total + pageSize - 1) / pageSize);
}
