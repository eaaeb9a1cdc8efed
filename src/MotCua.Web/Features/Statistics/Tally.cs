namespace MotCua.Web.Features.Statistics;

/// <summary>The additive counts behind <see cref="Indicators"/>: summed over days and units, then turned into ratios once.</summary>
public sealed record Tally
{
    public long Received { get; init; }
    public long ReceivedCounter { get; init; }
    public long ReceivedOnline { get; init; }
    public long ReceivedPost { get; init; }
    public long FeeBearing { get; init; }
    public long PaidOnline { get; init; }
    public long Digitised { get; init; }
    public long Reused { get; init; }
    public long Resolved { get; init; }
    public long Early { get; init; }
    public long OnTime { get; init; }
    public long Late { get; init; }
    public long ProcessingDays { get; init; }
    public long ResolvedBad { get; init; }
    public long VerySatisfied { get; init; }
    public long Satisfied { get; init; }
    public long NotSatisfied { get; init; }
    public long Open { get; init; }
    public long OpenOverdue { get; init; }
    public long OpenBad { get; init; }
    public long FeedbackDue { get; init; }
    public long FeedbackDueOnTime { get; init; }
    public long FeedbackAnswered { get; init; }
    public long FeedbackAnsweredGood { get; init; }

    public static readonly Tally Zero = new();

    public static Tally operator +(Tally a, Tally b) => new()
    {
        Received = a.Received + b.Received,
        ReceivedCounter = a.ReceivedCounter + b.ReceivedCounter,
        ReceivedOnline = a.ReceivedOnline + b.ReceivedOnline,
        ReceivedPost = a.ReceivedPost + b.ReceivedPost,
        FeeBearing = a.FeeBearing + b.FeeBearing,
        PaidOnline = a.PaidOnline + b.PaidOnline,
        Digitised = a.Digitised + b.Digitised,
        Reused = a.Reused + b.Reused,
        Resolved = a.Resolved + b.Resolved,
        Early = a.Early + b.Early,
        OnTime = a.OnTime + b.OnTime,
        Late = a.Late + b.Late,
        ProcessingDays = a.ProcessingDays + b.ProcessingDays,
        ResolvedBad = a.ResolvedBad + b.ResolvedBad,
        VerySatisfied = a.VerySatisfied + b.VerySatisfied,
        Satisfied = a.Satisfied + b.Satisfied,
        NotSatisfied = a.NotSatisfied + b.NotSatisfied,
        Open = a.Open + b.Open,
        OpenOverdue = a.OpenOverdue + b.OpenOverdue,
        OpenBad = a.OpenBad + b.OpenBad,
        FeedbackDue = a.FeedbackDue + b.FeedbackDue,
        FeedbackDueOnTime = a.FeedbackDueOnTime + b.FeedbackDueOnTime,
        FeedbackAnswered = a.FeedbackAnswered + b.FeedbackAnswered,
        FeedbackAnsweredGood = a.FeedbackAnsweredGood + b.FeedbackAnsweredGood,
    };

    public static Tally Sum(IEnumerable<Tally> tallies) => tallies.Aggregate(Zero, (a, b) => a + b);

    public Indicators ToIndicators()
    {
        var judged = Resolved + Open;
        return new Indicators
        {
            Received = Received,
            ReceivedCounter = ReceivedCounter,
            ReceivedOnline = ReceivedOnline,
            ReceivedPost = ReceivedPost,
            Resolved = Resolved,
            Early = Early,
            OnTime = OnTime,
            Late = Late,
            Open = Open,
            OpenOverdue = OpenOverdue,
            OnTimeRate = new(Early + OnTime + Open - OpenOverdue, judged),
            AverageProcessingDays = Resolved == 0 ? null : Math.Round((decimal)ProcessingDays / Resolved, 2),
            OnlineShare = new(ReceivedOnline, Received),
            PaidOnline = new(PaidOnline, FeeBearing),
            Digitised = new(Digitised, Received),
            Reused = new(Reused, Received),
            VerySatisfied = VerySatisfied,
            Satisfied = Satisfied,
            NotSatisfied = NotSatisfied,
            // 5.4 over the judged dossiers: a dossier both overdue and rated not satisfied counts against once.
            Satisfaction = new(judged - ResolvedBad - OpenBad, judged),
            FeedbackOnTime = new(FeedbackDueOnTime, FeedbackDue),
            FeedbackSatisfaction = new(FeedbackAnsweredGood, FeedbackAnswered),
        };
    }
}
