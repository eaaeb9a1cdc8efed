using MotCua.Domain.Calendar;

namespace MotCua.Web.Features.Feedback;

/// <summary>The deadlines of a feedback, counted in working days over the working calendar (Civil Code Art. 147–148).</summary>
public static class FeedbackClock
{
    /// <summary>(Re)starts the agency's clock: at receipt, at a transfer ("of transfer from another unit"), or when the information asked for arrives.</summary>
    public static void Start(FeedbackCase f, DateTimeOffset at, WorkingCalendar calendar, FeedbackDeadlineSet set)
    {
        f.HandlingStartedAt = at;
        f.RefuseDueAt = calendar.AddWorkingDays(at, set.RefuseDays);
        f.AskInformationDueAt = calendar.AddWorkingDays(at, set.AskInformationDays);
        f.ResolveDueAt = calendar.AddWorkingDays(at, set.ResolveDays);
    }

    /// <summary>The next deadline the staff must meet now, or null when the ball is not in their court.</summary>
    public static (FeedbackStep Step, DateTimeOffset Due)? NextDue(FeedbackCase f) => f.Status switch
    {
        // Unclassified: the refusal window is the first to run out; a classified one runs to its resolution date.
        FeedbackStatus.Received => (FeedbackStep.Classify, f.RefuseDueAt),
        FeedbackStatus.InProgress => (FeedbackStep.Answer, f.ResolveDueAt),
        FeedbackStatus.Answered when f.PublishDueAt is { } publish => (FeedbackStep.Publish, publish),
        _ => null,
    };

    public static bool IsOverdue(FeedbackCase f, DateTimeOffset now) => NextDue(f) is { } next && now > next.Due;
}
