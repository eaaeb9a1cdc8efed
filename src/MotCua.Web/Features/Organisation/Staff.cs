using Microsoft.AspNetCore.Identity;

namespace MotCua.Web.Features.Organisation;

/// <summary>The roles of the one-stop system, as officers hold them in real life.</summary>
public static class StaffRoles
{
    public const string ReceptionOfficer = "ReceptionOfficer";
    public const string Specialist = "Specialist";
    public const string UnitLeader = "UnitLeader";
    public const string CenterSupervisor = "CenterSupervisor";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [ReceptionOfficer, Specialist, UnitLeader, CenterSupervisor, Administrator];
}

/// <summary>A person who signs in: staff now, citizens later (one Identity store).</summary>
public sealed class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public string? Title { get; set; }
    public int? CounterId { get; set; }
    public Counter? Counter { get; set; }
    public List<StaffAgency> Agencies { get; set; } = [];
}

/// <summary>An agency a staff member acts for. Roles are Identity roles; the agencies bound their scope.</summary>
public sealed class StaffAgency
{
    public required string UserId { get; set; }
    public int AgencyId { get; set; }
    public Agency? Agency { get; set; }
}
