using MotCua.Domain.Calendar;
using MotCua.Domain.Statistics;

namespace MotCua.Domain.Tests.Statistics;

/// <summary>
/// Rule 2.1 on hand-computed dates, with a calendar of weekends only. A judicial record (10 working days) received on
/// Mon 2 Mar 2026 at 09:00 is due on Mon 16 Mar at 17:00 (Tue 3 is day 1, Fri 13 day 9, Mon 16 day 10).
/// </summary>
public sealed class DossierJudgeTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Create([], []);
    private static readonly ProcessingTime TenDays = new(10, TimeUnit.WorkingDays);

    private static DateTimeOffset Vn(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, VietnamTime.Offset);

    private static DateTimeOffset Midnight(int month, int day) => VietnamTime.StartOfDay(new DateOnly(2026, month, day));

    private static readonly DateTimeOffset Due = Vn(3, 16, 17);

    private static DossierTimeline Dossier(DateTimeOffset? end = null, DateTimeOffset? due = null, DateTimeOffset? apologizedAt = null,
        DateTimeOffset? dueBeforeApology = null, params SupplementWait[] supplements) =>
        new(Vn(3, 2, 9), TenDays, Due, due ?? Due, apologizedAt, dueBeforeApology, end, supplements);

    public static TheoryData<string, DossierTimeline, TimelinessMark> Finished => new()
    {
        { "result on Fri 13, before the due day", Dossier(Vn(3, 13, 10)), TimelinessMark.Early },
        { "result on the due day before 17:00", Dossier(Vn(3, 16, 16)), TimelinessMark.OnTime },
        { "result exactly at the due moment", Dossier(Due), TimelinessMark.OnTime },
        { "result the morning after", Dossier(Vn(3, 17, 9)), TimelinessMark.Late },
        // Apology on 16 Mar moving the date to 20 Mar: the result on 18 Mar is still late.
        { "apology does not make it on time", Dossier(Vn(3, 18, 10), due: Vn(3, 20, 17), apologizedAt: Vn(3, 16, 9), dueBeforeApology: Due), TimelinessMark.Late },
        // Supplement asked Thu 5 Mar, complete on Mon 9 Mar 10:00: the clock restarts, due Mon 23 Mar 17:00.
        { "one supplement, result before the restarted due day", Dossier(Vn(3, 20, 10), due: Vn(3, 23, 17), supplements: new SupplementWait(Vn(3, 5, 9), Vn(3, 9, 10))), TimelinessMark.Early },
        { "one supplement, result on the restarted due day", Dossier(Vn(3, 23, 16), due: Vn(3, 23, 17), supplements: new SupplementWait(Vn(3, 5, 9), Vn(3, 9, 10))), TimelinessMark.OnTime },
        { "two supplements are late even when early", Dossier(Vn(3, 20, 10), due: Vn(3, 30, 17), supplements: [new SupplementWait(Vn(3, 5, 9), Vn(3, 6, 9)), new SupplementWait(Vn(3, 10, 9), Vn(3, 11, 9))]), TimelinessMark.Late },
        // Withdrawn on 25 Mar while waiting since 5 Mar: judged at the request, which was before the due day.
        { "ended while waiting is judged at the request", Dossier(Vn(3, 25, 9), supplements: new SupplementWait(Vn(3, 5, 9), null)), TimelinessMark.Early },
        { "ended while waiting for a request made after the due date", Dossier(Vn(3, 25, 9), supplements: new SupplementWait(Vn(3, 17, 9), null)), TimelinessMark.Late },
        // Asked on 17 Mar, already late: receiving the supplement and restarting the clock does not make it on time.
        { "a supplement asked once late keeps it late", Dossier(Vn(3, 20, 9), due: Vn(4, 1, 17), supplements: new SupplementWait(Vn(3, 17, 9), Vn(3, 18, 9))), TimelinessMark.Late },
    };

    [Theory]
    [MemberData(nameof(Finished))]
    public void A_finished_dossier_is_judged_at_its_end(string why, DossierTimeline dossier, TimelinessMark expected) =>
        Assert.True(expected == DossierJudge.Finished(dossier, Calendar), why);

    public static TheoryData<string, DossierTimeline, DateTimeOffset, OpenJudgement> Open => new()
    {
        { "end of Fri 13: in time", Dossier(), Midnight(3, 14), OpenJudgement.InTime },
        { "end of the due day itself: overdue (due at 17:00)", Dossier(), Midnight(3, 17), OpenJudgement.Overdue },
        { "at the due moment: in time", Dossier(), Due, OpenJudgement.InTime },
        { "waiting since a request in time: in time however long", Dossier(supplements: new SupplementWait(Vn(3, 5, 9), null)), Midnight(4, 30), OpenJudgement.InTime },
        { "waiting since a request after the due date: overdue", Dossier(supplements: new SupplementWait(Vn(3, 17, 9), null)), Midnight(3, 20), OpenJudgement.Overdue },
        { "after the restart, judged against the new due date", Dossier(due: Vn(3, 23, 17), supplements: new SupplementWait(Vn(3, 5, 9), Vn(3, 9, 10))), Midnight(3, 20), OpenJudgement.InTime },
        { "after the restart, the old due date no longer counts", Dossier(due: Vn(3, 23, 17), supplements: new SupplementWait(Vn(3, 5, 9), Vn(3, 9, 10))), Midnight(3, 24), OpenJudgement.Overdue },
        { "before the restart, the first due date counts", Dossier(due: Vn(3, 23, 17), supplements: new SupplementWait(Vn(3, 5, 9), Vn(3, 9, 10))), Midnight(3, 4), OpenJudgement.InTime },
        { "a second request makes it overdue at once", Dossier(supplements: [new SupplementWait(Vn(3, 3, 9), Vn(3, 4, 9)), new SupplementWait(Vn(3, 5, 9), null)]), Midnight(3, 6), OpenJudgement.Overdue },
        { "but not before the second request", Dossier(supplements: [new SupplementWait(Vn(3, 3, 9), Vn(3, 4, 9)), new SupplementWait(Vn(3, 5, 9), null)]), Midnight(3, 5), OpenJudgement.InTime },
        { "apology: still overdue after the old date", Dossier(due: Vn(3, 24, 17), apologizedAt: Vn(3, 16, 9), dueBeforeApology: Due), Midnight(3, 18), OpenJudgement.Overdue },
    };

    [Theory]
    [MemberData(nameof(Open))]
    public void An_open_dossier_is_judged_at_the_instant_asked(string why, DossierTimeline dossier, DateTimeOffset at, OpenJudgement expected) =>
        Assert.True(expected == DossierJudge.OpenAt(dossier, at, Calendar), why);

    [Fact]
    public void Overdue_after_the_due_date_in_force_without_apology() =>
        Assert.Equal(Due, DossierJudge.OverdueAfter(Dossier(due: Vn(3, 24, 17), apologizedAt: Vn(3, 16, 9), dueBeforeApology: Due), Calendar));

    [Fact]
    public void Waiting_since_a_request_in_time_is_never_overdue() =>
        Assert.Null(DossierJudge.OverdueAfter(Dossier(supplements: new SupplementWait(Vn(3, 5, 9), null)), Calendar));

    [Fact]
    public void After_a_restart_overdue_after_the_new_due_date() =>
        Assert.Equal(Vn(3, 23, 17), DossierJudge.OverdueAfter(Dossier(due: Vn(3, 23, 17), supplements: new SupplementWait(Vn(3, 5, 9), Vn(3, 9, 10))), Calendar));

    [Fact]
    public void Two_requests_are_overdue_already()
    {
        var after = DossierJudge.OverdueAfter(Dossier(supplements: [new SupplementWait(Vn(3, 3, 9), Vn(3, 4, 9)), new SupplementWait(Vn(3, 5, 9), null)]), Calendar);
        Assert.True(after < Vn(3, 5, 9));
    }

    [Theory]
    // Mon 2 → Fri 13: Tue 3 … Fri 13 are 9 working days.
    [InlineData(13, 10, null, null, 9)]
    // Same day: the reception day is not counted.
    [InlineData(2, 15, null, null, 0)]
    // Waiting Thu 5 → Mon 9 (Fri 6, Mon 9: 2 working days) is not the administration's time.
    [InlineData(13, 10, 5, 9, 7)]
    // Mon 2 → Mon 16 across a weekend pair: 10.
    [InlineData(16, 10, null, null, 10)]
    public void Processing_days_are_working_days_less_the_supplement_wait(int endDay, int endHour, int? askedDay, int? backDay, int expected)
    {
        SupplementWait[] waits = askedDay is { } a ? [new SupplementWait(Vn(3, a, 9), Vn(3, backDay!.Value, 10))] : [];
        Assert.Equal(expected, DossierJudge.ProcessingDays(Dossier(Vn(3, endDay, endHour), supplements: waits), Calendar));
    }

    private static DateOnly D(int month, int day) => new(2026, month, day);

    [Fact]
    public void Spans_of_a_dossier_finished_late_cover_each_day_end_it_was_open()
    {
        // Open at the end of 2..17 Mar (ended 18 Mar): in time until the end of 15 Mar, overdue at the ends of 16 and 17.
        var spans = DossierJudge.OpenSpans(Dossier(Vn(3, 18, 10)), Calendar);
        Assert.Equal([new OpenSpan(D(3, 2), D(3, 15), OpenJudgement.InTime), new OpenSpan(D(3, 16), D(3, 17), OpenJudgement.Overdue)], spans);
    }

    [Fact]
    public void Spans_of_a_dossier_still_open_end_in_an_open_run()
    {
        var spans = DossierJudge.OpenSpans(Dossier(), Calendar);
        Assert.Equal([new OpenSpan(D(3, 2), D(3, 15), OpenJudgement.InTime), new OpenSpan(D(3, 16), null, OpenJudgement.Overdue)], spans);
    }

    [Fact]
    public void A_dossier_ended_on_its_reception_day_was_never_open_at_a_day_end() =>
        Assert.Empty(DossierJudge.OpenSpans(Dossier(Vn(3, 2, 16)), Calendar));

    [Fact]
    public void Ended_at_midnight_it_was_still_open_at_the_end_of_the_day_before() =>
        Assert.Equal([new OpenSpan(D(3, 2), D(3, 4), OpenJudgement.InTime)], DossierJudge.OpenSpans(Dossier(Midnight(3, 5)), Calendar));

    [Fact]
    public void Spans_follow_the_supplement_and_the_restart()
    {
        // Asked 5 Mar (in time, judged then), back 9 Mar 10:00, new due 23 Mar 17:00: in time through 22 Mar, then overdue.
        var spans = DossierJudge.OpenSpans(Dossier(due: Vn(3, 23, 17), supplements: new SupplementWait(Vn(3, 5, 9), Vn(3, 9, 10))), Calendar);
        Assert.Equal([new OpenSpan(D(3, 2), D(3, 22), OpenJudgement.InTime), new OpenSpan(D(3, 23), null, OpenJudgement.Overdue)], spans);
    }
}
