using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Tests.Dossiers;

/// <summary>Every action in every status: allowed exactly where Decree 61/2018 allows it, with the status it leads to.</summary>
public sealed class LifecycleTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Create([], []);
    private static readonly DateTimeOffset Received = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7)); // Mon
    private static readonly DateTimeOffset Due = new(2026, 3, 16, 17, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 10, 0, 0, TimeSpan.FromHours(7));

    /// <summary>(status, action) → the status it leads to, or null when the transition is forbidden.</summary>
    public static TheoryData<DossierStatus, DossierAction, DossierStatus?> Table()
    {
        var allowed = new Dictionary<(DossierStatus, DossierAction), DossierStatus>
        {
            [(DossierStatus.Accepted, DossierAction.Transfer)] = DossierStatus.InProcessing,
            [(DossierStatus.Accepted, DossierAction.Withdraw)] = DossierStatus.Withdrawn,
            [(DossierStatus.Accepted, DossierAction.Apologize)] = DossierStatus.Accepted,
            [(DossierStatus.InProcessing, DossierAction.Assign)] = DossierStatus.InProcessing,
            [(DossierStatus.InProcessing, DossierAction.Forward)] = DossierStatus.InProcessing,
            [(DossierStatus.InProcessing, DossierAction.Consult)] = DossierStatus.InProcessing,
            [(DossierStatus.InProcessing, DossierAction.AnswerConsultation)] = DossierStatus.InProcessing,
            [(DossierStatus.InProcessing, DossierAction.RequestSupplement)] = DossierStatus.AwaitingSupplement,
            [(DossierStatus.InProcessing, DossierAction.Refuse)] = DossierStatus.Refused,
            [(DossierStatus.InProcessing, DossierAction.Stop)] = DossierStatus.Stopped,
            [(DossierStatus.InProcessing, DossierAction.Withdraw)] = DossierStatus.Withdrawn,
            [(DossierStatus.InProcessing, DossierAction.Apologize)] = DossierStatus.InProcessing,
            [(DossierStatus.InProcessing, DossierAction.ResultReady)] = DossierStatus.ResultReady,
            [(DossierStatus.AwaitingSupplement, DossierAction.ReceiveSupplement)] = DossierStatus.InProcessing,
            [(DossierStatus.AwaitingSupplement, DossierAction.AnswerConsultation)] = DossierStatus.AwaitingSupplement,
            [(DossierStatus.AwaitingSupplement, DossierAction.Stop)] = DossierStatus.Stopped,
            [(DossierStatus.AwaitingSupplement, DossierAction.Withdraw)] = DossierStatus.Withdrawn,
            [(DossierStatus.ResultReady, DossierAction.NotifyEarlyReturn)] = DossierStatus.ResultReady,
            [(DossierStatus.ResultReady, DossierAction.Return)] = DossierStatus.Returned,
        };
        var data = new TheoryData<DossierStatus, DossierAction, DossierStatus?>();
        foreach (var status in Enum.GetValues<DossierStatus>())
        {
            foreach (var action in Enum.GetValues<DossierAction>())
            {
                data.Add(status, action, allowed.TryGetValue((status, action), out var next) ? next : null);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_action_is_allowed_exactly_where_the_decree_allows_it(DossierStatus status, DossierAction action, DossierStatus? expected)
    {
        // A state in which no time or step rule stands in the way: only the status decides.
        var atLastProcessingStep = action == DossierAction.ResultReady;
        var state = new DossierState(status, CurrentStep: atLastProcessingStep ? 2 : 1, LastProcessingStep: 2, Received, Due,
            HasApology: false, OpenConsultations: action == DossierAction.AnswerConsultation ? 1 : 0);

        var violation = Lifecycle.Check(state, action, Now, Calendar);

        if (expected is null)
        {
            Assert.Equal(RuleCodes.TransitionNotAllowed, violation?.Code);
        }
        else
        {
            Assert.Null(violation);
            Assert.Equal(expected, Lifecycle.Next(status, action));
        }
    }

    [Fact]
    public void Final_statuses_allow_nothing()
    {
        foreach (var status in Enum.GetValues<DossierStatus>().Where(s => s.IsFinal()))
        {
            Assert.All(Enum.GetValues<DossierAction>(), a => Assert.DoesNotContain(status, Lifecycle.AllowedIn(a)));
        }
    }

    private static DossierState Processing(int step = 1, int open = 0, bool apology = false, DateTimeOffset? due = null) =>
        new(DossierStatus.InProcessing, step, 2, Received, due ?? Due, apology, open);

    [Theory]
    [InlineData(2026, 3, 5, 17, 0, null)]                                  // 3rd working day after Mon 2 Mar, at its close
    [InlineData(2026, 3, 5, 17, 1, RuleCodes.SupplementWindowClosed)]
    [InlineData(2026, 3, 9, 8, 0, RuleCodes.SupplementWindowClosed)]
    public void Supplement_is_requested_within_three_working_days_of_reception(int y, int m, int d, int h, int min, string? expected) =>
        Assert.Equal(expected, Lifecycle.Check(Processing(), DossierAction.RequestSupplement, new(y, m, d, h, min, 0, TimeSpan.FromHours(7)), Calendar)?.Code);

    [Fact]
    public void Refusal_after_the_deadline_is_forbidden() =>
        Assert.Equal(RuleCodes.RefusalAfterDeadline, Lifecycle.Check(Processing(), DossierAction.Refuse, Due.AddMinutes(1), Calendar)?.Code);

    [Fact]
    public void Forward_waits_for_open_consultations_and_stops_at_the_last_processing_step()
    {
        Assert.Equal(RuleCodes.ConsultationPending, Lifecycle.Check(Processing(open: 1), DossierAction.Forward, Now, Calendar)?.Code);
        Assert.Equal(RuleCodes.LastStepUseResultReady, Lifecycle.Check(Processing(step: 2), DossierAction.Forward, Now, Calendar)?.Code);
        Assert.Equal(RuleCodes.StepsRemaining, Lifecycle.Check(Processing(step: 1), DossierAction.ResultReady, Now, Calendar)?.Code);
        Assert.Equal(RuleCodes.ConsultationPending, Lifecycle.Check(Processing(step: 2, open: 2), DossierAction.ResultReady, Now, Calendar)?.Code);
        Assert.Equal(RuleCodes.NoOpenConsultation, Lifecycle.Check(Processing(), DossierAction.AnswerConsultation, Now, Calendar)?.Code);
    }

    [Theory]
    [InlineData(2026, 3, 13, 16, 59, null)]                            // Fri before the Mon 16 Mar due date
    [InlineData(2026, 3, 13, 23, 59, null)]                            // still the working day before
    [InlineData(2026, 3, 14, 10, 0, RuleCodes.ApologyTooLate)]         // Saturday: not a working day before the due date
    [InlineData(2026, 3, 16, 9, 0, RuleCodes.ApologyTooLate)]          // the due day itself
    [InlineData(2026, 3, 16, 17, 1, null)]                             // already late: must apologise
    [InlineData(2026, 3, 20, 9, 0, null)]
    public void Apology_comes_at_least_one_working_day_before_the_due_date_unless_already_late(int y, int m, int d, int h, int min, string? expected) =>
        Assert.Equal(expected, Lifecycle.Check(Processing(), DossierAction.Apologize, new(y, m, d, h, min, 0, TimeSpan.FromHours(7)), Calendar)?.Code);

    [Fact]
    public void A_new_date_is_set_only_once_and_must_be_later()
    {
        Assert.Equal(RuleCodes.ApologyAlreadyGiven, Lifecycle.Check(Processing(apology: true), DossierAction.Apologize, Now, Calendar)?.Code);
        Assert.Equal(RuleCodes.NewDueDateNotLater, Lifecycle.CheckNewDueDate(Processing(), Due)?.Code);
        Assert.Null(Lifecycle.CheckNewDueDate(Processing(), Due.AddDays(3)));
    }

    [Fact]
    public void Early_return_notice_only_before_the_due_date()
    {
        var ready = Processing() with { Status = DossierStatus.ResultReady };
        Assert.Null(Lifecycle.Check(ready, DossierAction.NotifyEarlyReturn, Now, Calendar));
        Assert.Equal(RuleCodes.EarlyReturnNotEarly, Lifecycle.Check(ready, DossierAction.NotifyEarlyReturn, Due, Calendar)?.Code);
    }

    [Fact]
    public void Every_action_has_a_url_name_that_parses_back()
    {
        foreach (var action in Enum.GetValues<DossierAction>())
        {
            Assert.True(DossierActions.TryParse(action.UrlName(), out var parsed));
            Assert.Equal(action, parsed);
        }
        Assert.False(DossierActions.TryParse("approve-everything", out _));
    }
}
