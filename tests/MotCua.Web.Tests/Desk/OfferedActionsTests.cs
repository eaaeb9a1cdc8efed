using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Desk;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Desk.DeskSamples;

namespace MotCua.Web.Tests.Desk;

/// <summary>The dossier page offers exactly what the state machine and the officer's role allow now.</summary>
public sealed class OfferedActionsTests
{
    private static readonly WorkingCalendar Weekdays = WorkingCalendar.Create([], []);
    private static readonly DateTimeOffset SameMorning = TestClock.Vn(2026, 6, 1, 10, 0);

    private static string Offer(StaffScope.Loaded staff, Dossier d, DateTimeOffset? now = null) =>
        string.Join(", ", OfferedActions.For(staff, d, now ?? SameMorning, Weekdays)
            .Select(a => a.Action.UrlName() + (a.Enabled ? "" : $" ({a.RefusedBy})")));

    [Fact]
    public void Every_action_has_its_place_on_the_page_once() =>
        Assert.Equal(Enum.GetValues<DossierAction>().Order(), OfferedActions.DisplayOrder.Order());

    [Fact]
    public void The_specialist_holding_a_step_forwards_consults_asks_for_a_supplement_refuses_but_never_assigns() =>
        Assert.Equal("forward, result-ready (steps-remaining), consult, request-supplement, apologize, refuse, stop",
            Offer(PoliceSpecialist, Dossier(currentStep: 1)));

    [Fact]
    public void The_unit_leader_also_assigns() =>
        Assert.Equal("forward, result-ready (steps-remaining), assign, consult, request-supplement, apologize, refuse, stop",
            Offer(PoliceLeader, Dossier(currentStep: 1)));

    [Fact]
    public void At_the_last_processing_step_the_result_is_marked_ready_instead_of_forwarded() =>
        Assert.StartsWith("forward (last-step-use-result-ready), result-ready, assign",
            Offer(PoliceLeader, Dossier(currentStep: 2)));

    [Fact]
    public void A_step_assigned_to_another_officer_offers_the_specialist_nothing() =>
        Assert.Equal("", Offer(PoliceSpecialist, Dossier(currentStep: 1, assignedTo: "someone-else")));

    [Fact]
    public void Reception_transfers_an_accepted_dossier_and_withdraws_on_request()
    {
        Assert.Equal("transfer, apologize, withdraw", Offer(Reception, Dossier(currentStep: 0, status: DossierStatus.Accepted)));
        Assert.Equal("withdraw", Offer(Reception, Dossier(currentStep: 1)));
        Assert.Equal("", Offer(BuildingSpecialist, Dossier(currentStep: 1)));
    }

    [Fact]
    public void After_three_working_days_the_supplement_request_is_shown_with_its_rule()
    {
        // Received Monday 09:00: the window closes at the end of Thursday.
        Assert.Contains("request-supplement, ", Offer(PoliceSpecialist, Dossier(), TestClock.Vn(2026, 6, 4, 16, 59)));
        Assert.Contains("request-supplement (supplement-window-closed)", Offer(PoliceSpecialist, Dossier(), TestClock.Vn(2026, 6, 5, 9, 0)));
    }

    [Fact]
    public void The_apology_too_close_to_the_due_date_is_shown_with_its_rule() =>
        Assert.Contains("apologize (apology-too-late)", Offer(PoliceSpecialist, Dossier(), TestClock.Vn(2026, 6, 15, 9, 0)));

    [Fact]
    public void Only_the_consulted_unit_answers_and_forwarding_waits_for_the_answer()
    {
        var d = Dossier(currentStep: 1);
        d.Consultations.Add(new Consultation { Id = 3, FromAgencyId = Police, ToAgencyId = Building, Question = "?", DueAt = TestClock.Vn(2026, 6, 3, 17, 0) });

        Assert.Equal("answer-consultation", Offer(BuildingSpecialist, d));
        Assert.StartsWith("forward (consultation-pending), result-ready (consultation-pending), consult", Offer(PoliceSpecialist, d));
    }

    [Fact]
    public void An_ended_dossier_offers_nothing() =>
        Assert.Equal("", Offer(PoliceLeader, Dossier(currentStep: 1, status: DossierStatus.Refused)));
}
