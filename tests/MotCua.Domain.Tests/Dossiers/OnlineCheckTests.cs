using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Tests.Dossiers;

/// <summary>The check of an online dossier (Decree 61 Art. 17(2)): every action in every status.</summary>
public sealed class OnlineCheckTests
{
    public static TheoryData<DossierStatus, OnlineCheckAction, DossierStatus?> Table()
    {
        var allowed = new Dictionary<(DossierStatus, OnlineCheckAction), DossierStatus>
        {
            [(DossierStatus.AwaitingOnlineCheck, OnlineCheckAction.Accept)] = DossierStatus.Accepted,
            [(DossierStatus.AwaitingOnlineCheck, OnlineCheckAction.RequestSupplement)] = DossierStatus.SupplementRequestedAtIntake,
            [(DossierStatus.AwaitingOnlineCheck, OnlineCheckAction.Refuse)] = DossierStatus.RefusedAtIntake,
            [(DossierStatus.SupplementRequestedAtIntake, OnlineCheckAction.Resubmit)] = DossierStatus.AwaitingOnlineCheck,
        };
        var data = new TheoryData<DossierStatus, OnlineCheckAction, DossierStatus?>();
        foreach (var status in Enum.GetValues<DossierStatus>())
        {
            foreach (var action in Enum.GetValues<OnlineCheckAction>())
            {
                data.Add(status, action, allowed.TryGetValue((status, action), out var next) ? next : null);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_check_action_is_allowed_exactly_where_the_decree_allows_it(DossierStatus status, OnlineCheckAction action, DossierStatus? expected)
    {
        var violation = OnlineCheck.Check(status, action);

        if (expected is null)
        {
            Assert.Equal(RuleCodes.TransitionNotAllowed, violation?.Code);
        }
        else
        {
            Assert.Null(violation);
            Assert.Equal(expected, OnlineCheck.Next(action));
        }
    }

    [Fact]
    public void A_dossier_waiting_for_the_online_check_is_open_and_no_processing_action_applies_to_it()
    {
        Assert.False(DossierStatus.AwaitingOnlineCheck.IsFinal());
        Assert.All(Enum.GetValues<DossierAction>(), a => Assert.DoesNotContain(DossierStatus.AwaitingOnlineCheck, Lifecycle.AllowedIn(a)));
    }
}
