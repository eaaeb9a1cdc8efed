namespace MotCua.Web.Features.Statistics.Index766;

/// <summary>What MotCua counts from its own catalogue for a unit: indicators 3.1 and 3.2.</summary>
public readonly record struct CatalogueFigures(Ratio OnlineProcedures, Ratio OnlineProceduresUsed);

/// <summary>
/// The figures MotCua counts itself, by the name a model version gives as an indicator's <c>input</c>. Adding a name
/// here is the only code change a new computed indicator needs; the model file then refers to it.
/// </summary>
public static class Index766Figures
{
    public const string OnTimeRate = nameof(Indicators.OnTimeRate);
    public const string OnlineShare = nameof(Indicators.OnlineShare);
    public const string PaidOnline = nameof(Indicators.PaidOnline);
    public const string Digitised = nameof(Indicators.Digitised);
    public const string Reused = nameof(Indicators.Reused);
    public const string Satisfaction = nameof(Indicators.Satisfaction);
    public const string FeedbackOnTime = nameof(Indicators.FeedbackOnTime);
    public const string FeedbackSatisfaction = nameof(Indicators.FeedbackSatisfaction);
    public const string OnlineProcedures = nameof(CatalogueFigures.OnlineProcedures);
    public const string OnlineProceduresUsed = nameof(CatalogueFigures.OnlineProceduresUsed);

    public static readonly IReadOnlyList<string> Names =
        [OnTimeRate, OnlineShare, PaidOnline, Digitised, Reused, Satisfaction, FeedbackOnTime, FeedbackSatisfaction, OnlineProcedures, OnlineProceduresUsed];

    public static bool Known(string? name) => name is not null && Names.Contains(name, StringComparer.Ordinal);

    public static Ratio Of(string name, Indicators figures, CatalogueFigures catalogue) => name switch
    {
        OnTimeRate => figures.OnTimeRate,
        OnlineShare => figures.OnlineShare,
        PaidOnline => figures.PaidOnline,
        Digitised => figures.Digitised,
        Reused => figures.Reused,
        Satisfaction => figures.Satisfaction,
        FeedbackOnTime => figures.FeedbackOnTime,
        FeedbackSatisfaction => figures.FeedbackSatisfaction,
        OnlineProcedures => catalogue.OnlineProcedures,
        OnlineProceduresUsed => catalogue.OnlineProceduresUsed,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a figure MotCua counts."),
    };
}
