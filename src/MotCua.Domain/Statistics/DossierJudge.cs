using MotCua.Domain.Calendar;

namespace MotCua.Domain.Statistics;

/// <summary>
/// Rule 2.1 (DOMAIN.md; Decree 61/2018 Art. 19(4), Circular 01/2018): a dossier is judged against the due date in force
/// before any apology (an apology tells the applicant of the delay, it does not make a late dossier on time); the complete
/// supplement restarts the statutory time, so the waiting time is outside the due date already; a dossier asked more than
/// once for a supplement during processing is late; a dossier waiting for the applicant's supplement is judged at the time
/// the supplement was asked. Early / on time / late is the calendar's own judgement, the one of the Form 05 control slip.
/// </summary>
public static class DossierJudge
{
    /// <summary>How a finished dossier ended: early, on time or late. Throws for an open dossier.</summary>
    public static TimelinessMark Finished(DossierTimeline d, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(calendar);
        var end = d.EndAt ?? throw new ArgumentException("The dossier is still open.", nameof(d));
        return At(d, end, calendar);
    }

    /// <summary>An open dossier judged at an instant (an open dossier at a period's end is judged at that end).</summary>
    public static OpenJudgement OpenAt(DossierTimeline d, DateTimeOffset at, WorkingCalendar calendar) =>
        At(d, at, calendar) == TimelinessMark.Late ? OpenJudgement.Overdue : OpenJudgement.InTime;

    /// <summary>
    /// From the dossier's state now, with nothing more happening: it is overdue at any instant after the returned one; null
    /// = never (it waits for a supplement asked in time). A new event (a supplement, an end) calls for computing it again.
    /// </summary>
    public static DateTimeOffset? OverdueAfter(DossierTimeline d, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(calendar);
        // Only instants after the dossier's last event are asked about, so "overdue already" can be any earlier instant.
        var already = d.ReceivedAt.AddSeconds(-1);
        var requests = d.Supplements;
        if (requests.Count > 1)
        {
            return already;
        }
        if (requests.Count == 1)
        {
            var asked = requests[0].RequestedAt;
            if (asked > DueInForce(d, asked, calendar))
            {
                return already;
            }
            if (requests[0].ReceivedAt is null)
            {
                return null;
            }
        }
        return DueInForce(d, DateTimeOffset.MaxValue, calendar);
    }

    /// <summary>
    /// Working days from reception to the end (the reception day not counted, Civil Code Art. 147), less the working days
    /// spent waiting for the applicant's supplement, which the administration did not hold.
    /// </summary>
    public static int ProcessingDays(DossierTimeline d, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(calendar);
        var end = d.EndAt ?? throw new ArgumentException("The dossier is still open.", nameof(d));
        var endDay = VietnamTime.LocalDate(end);
        var days = calendar.WorkingDaysBetween(VietnamTime.LocalDate(d.ReceivedAt), endDay);
        foreach (var s in d.Supplements.Where(s => s.RequestedAt <= end))
        {
            var back = s.ReceivedAt is { } r && r < end ? r : end;
            days -= calendar.WorkingDaysBetween(VietnamTime.LocalDate(s.RequestedAt), VietnamTime.LocalDate(back));
        }
        return Math.Max(0, days);
    }

    /// <summary>
    /// The business days at whose end (midnight, Vietnam) the dossier was open, cut into runs judged alike. The last run of
    /// a dossier still open has no end: it lasts until the next event, which computes the spans again.
    /// </summary>
    public static IReadOnlyList<OpenSpan> OpenSpans(DossierTimeline d, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(calendar);
        var first = VietnamTime.LocalDate(d.ReceivedAt);
        // Open at the end of day D when ended at or after the midnight that closes D.
        DateOnly? last = d.EndAt is { } end ? VietnamTime.LocalDate(end).AddDays(-1) : null;
        // After the last instant that can change the judgement, it stays as it is.
        var settled = VietnamTime.LocalDate(Moments(d).Max()).AddDays(1);
        var spans = new List<OpenSpan>();
        DateOnly? runStart = null;
        var runJudgement = OpenJudgement.InTime;
        for (var day = first; (last is null || day <= last) && day <= settled; day = day.AddDays(1))
        {
            var judgement = OpenAt(d, VietnamTime.StartOfDay(day.AddDays(1)), calendar);
            if (runStart is null)
            {
                (runStart, runJudgement) = (day, judgement);
            }
            else if (judgement != runJudgement)
            {
                spans.Add(new(runStart.Value, day.AddDays(-1), runJudgement));
                (runStart, runJudgement) = (day, judgement);
            }
        }
        if (runStart is not null)
        {
            // Past the settled day the judgement no longer changes: the run lasts to the end (or on, while open).
            spans.Add(new(runStart.Value, last, runJudgement));
        }
        return spans;
    }

    private static IEnumerable<DateTimeOffset> Moments(DossierTimeline d)
    {
        yield return d.ReceivedAt;
        yield return d.OriginalDueAt;
        yield return d.DueAt;
        if (d.DueAtBeforeApology is { } b)
        {
            yield return b;
        }
        foreach (var s in d.Supplements)
        {
            yield return s.RequestedAt;
            if (s.ReceivedAt is { } r)
            {
                yield return r;
            }
        }
    }

    private static TimelinessMark At(DossierTimeline d, DateTimeOffset at, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(calendar);
        SupplementWait? asked = null;
        foreach (var s in d.Supplements)
        {
            if (s.RequestedAt <= at)
            {
                if (asked is not null)
                {
                    return TimelinessMark.Late;
                }
                asked = s;
            }
        }
        if (asked is not null && asked.RequestedAt > DueInForce(d, asked.RequestedAt, calendar))
        {
            // Asked for a supplement once already late: the restart of the clock cannot make it on time again.
            return TimelinessMark.Late;
        }
        // Waiting for the applicant at that instant: judged when the supplement was asked.
        var judgedAt = asked is not null && (asked.ReceivedAt is null || asked.ReceivedAt > at) ? asked.RequestedAt : at;
        return calendar.Judge(judgedAt, DueInForce(d, judgedAt, calendar));
    }

    /// <summary>
    /// The due date in force at an instant, leaving out any apology: the first due date until a complete supplement
    /// restarted the clock, then the due date counted from that restart.
    /// </summary>
    internal static DateTimeOffset DueInForce(DossierTimeline d, DateTimeOffset at, WorkingCalendar calendar)
    {
        DateTimeOffset? restart = null;
        DateTimeOffset? latest = null;
        foreach (var s in d.Supplements)
        {
            if (s.ReceivedAt is { } r)
            {
                latest = latest is null || r > latest ? r : latest;
                if (r <= at && (restart is null || r > restart))
                {
                    restart = r;
                }
            }
        }
        if (restart is null)
        {
            return d.OriginalDueAt;
        }
        if (restart == latest)
        {
            // The dossier's own due date since the last restart, unless an apology moved it later.
            return d.ApologizedAt is { } apology && apology >= restart && d.DueAtBeforeApology is { } before ? before : d.DueAt;
        }
        return calendar.DueDate(restart.Value, d.Time);
    }
}
