namespace MotCua.Web.Features.Citizens;

/// <summary>
/// Citizens and businesses sign in to the same Identity store as staff; this role is what tells them apart (a citizen
/// never holds a staff role, so no staff page or staff API ever opens to them).
/// </summary>
public static class CitizenRoles
{
    public const string Citizen = "Citizen";
}
