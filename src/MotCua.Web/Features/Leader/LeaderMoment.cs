using MotCua.Domain.Calendar;

namespace MotCua.Web.Features.Leader;

/// <summary>
/// "Now" for the leader's figures and the end of the "due soon" window: one working day of office hours ahead on the
/// working calendar, so a dossier due on Monday morning is due soon on Friday afternoon, not only on Monday.
/// </summary>
public sealed record LeaderMoment(DateTimeOffset Now, DateTimeOffset DueSoonUntil, WorkingCalendar Calendar)
{
    public static LeaderMoment At(DateTimeOffset now, WorkingCalendar calendar) =>
        new(now, calendar.AddWorkingHours(now, calendar.OfficeHours.HoursPerDay), calendar);
}
