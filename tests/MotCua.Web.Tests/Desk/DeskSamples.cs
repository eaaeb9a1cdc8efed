using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Desk;

/// <summary>
/// A judicial-record dossier in memory, received at the center (agency 1) and decided by the police (agency 2): the
/// four steps of its process, and officers of each kind, for the rules that need no database.
/// </summary>
public static class DeskSamples
{
    public const int Center = 1;
    public const int Police = 2;
    public const int Building = 3;

    public static readonly DateTimeOffset ReceivedAt = TestClock.Vn(2026, 6, 1, 9, 0);

    public static Dossier Dossier(int currentStep = 1, string? assignedTo = null, DossierStatus status = DossierStatus.InProcessing)
    {
        var d = new Dossier
        {
            Id = 7,
            Code = "000.00.19.H19-260601-0001",
            Status = status,
            CurrentStep = currentStep,
            ReceivingPointId = Center,
            CompetentAgencyId = Police,
            ApplicantName = "Nguyễn Văn An",
            ApplicantIdNumber = "075090001234",
            ApplicantPhone = "0912345678",
            ApplicantEmail = "an@example.vn",
            ReceivedAt = ReceivedAt,
            ClockStartedAt = ReceivedAt,
            DueAt = TestClock.Vn(2026, 6, 15, 17, 0),
            Steps =
            [
                Step(0, StaffRoles.ReceptionOfficer, Center, TestClock.Vn(2026, 6, 1, 17, 0)),
                Step(1, StaffRoles.Specialist, Police, TestClock.Vn(2026, 6, 11, 13, 0)),
                Step(2, StaffRoles.UnitLeader, Police, TestClock.Vn(2026, 6, 15, 13, 0)),
                Step(3, StaffRoles.ReceptionOfficer, Center, TestClock.Vn(2026, 6, 15, 17, 0)),
            ],
        };
        d.Steps[currentStep].AssignedToId = assignedTo;
        return d;
    }

    private static DossierStep Step(int index, string role, int agency, DateTimeOffset due) =>
        new() { Index = index, Name = $"Bước {index}", NameEn = $"Step {index}", Role = role, AgencyId = agency, DueAt = due };

    public static StaffScope.Loaded Officer(string id, string role, params int[] agencies) =>
        new(id, id, new HashSet<string> { role }, agencies.ToHashSet(), agencies);

    public static StaffScope.Loaded Reception => Officer("reception", StaffRoles.ReceptionOfficer, Center);
    public static StaffScope.Loaded OtherReception => Officer("reception.other", StaffRoles.ReceptionOfficer, 9);
    public static StaffScope.Loaded PoliceSpecialist => Officer("specialist", StaffRoles.Specialist, Police);
    public static StaffScope.Loaded PoliceLeader => Officer("leader", StaffRoles.UnitLeader, Police);
    public static StaffScope.Loaded BuildingSpecialist => Officer("building", StaffRoles.Specialist, Building);
    public static StaffScope.Loaded Supervisor => Officer("supervisor", StaffRoles.CenterSupervisor, Center);
    public static StaffScope.Loaded Administrator => Officer("admin", StaffRoles.Administrator, 0);
}
