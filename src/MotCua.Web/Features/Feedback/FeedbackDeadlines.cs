using Microsoft.Extensions.Options;

namespace MotCua.Web.Features.Feedback;

/// <summary>
/// The working-day limits of PAKN handling in force from a date (DVCQG's PAKN rules as used by Decision 766: refuse
/// within 2, ask for more information within 5, resolve within 15, publish within 2). Configuration, not code: the
/// rule is an operating regulation and changes without a new law.
/// </summary>
public sealed class FeedbackDeadlineSet
{
    public DateOnly EffectiveFrom { get; set; }
    public int RefuseDays { get; set; }
    public int AskInformationDays { get; set; }
    public int ResolveDays { get; set; }
    public int PublishDays { get; set; }
}

/// <summary>Settings under "Feedback".</summary>
public sealed class FeedbackOptions
{
    public List<FeedbackDeadlineSet> Deadlines { get; set; } = [];

    /// <summary>Public posts (new feedback, votes) per client IP per minute.</summary>
    public int PostsPerMinute { get; set; } = 30;
}

public sealed class FeedbackDeadlines(IOptions<FeedbackOptions> options)
{
    /// <summary>The set in force on the (Vietnam) day the clock starts.</summary>
    public FeedbackDeadlineSet For(DateOnly day) => Pick(options.Value.Deadlines, day);

    public static FeedbackDeadlineSet Pick(IEnumerable<FeedbackDeadlineSet> sets, DateOnly day) =>
        sets.Where(s => s.EffectiveFrom <= day).MaxBy(s => s.EffectiveFrom)
        ?? throw new InvalidOperationException($"No PAKN deadlines are configured in force on {day:yyyy-MM-dd} (Feedback:Deadlines).");
}
