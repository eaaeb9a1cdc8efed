using System.Security.Claims;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Citizens;

/// <summary>
/// Where the shared application cookie sends someone who may not open a page. Citizens and staff share the cookie, so
/// the sign-in page and the "not for you" page depend on whose area was asked for and who is asking.
/// </summary>
public static class CitizenAccess
{
    public const string Area = "/cong-dan";
    public const string SignInPath = "/cong-dan/dang-nhap";
    public const string HomePath = "/cong-dan/ho-so-cua-toi";

    public static bool IsStaff(ClaimsPrincipal user) => StaffRoles.All.Any(user.IsInRole);

    public static bool IsCitizen(ClaimsPrincipal user) => user.IsInRole(CitizenRoles.Citizen) && !IsStaff(user);

    /// <summary>A citizen page asks for the citizens' sign-in page; any other keeps the staff one.</summary>
    public static string LoginRedirect(HttpContext http, string redirectUri) =>
        http.Request.Path.StartsWithSegments(Area)
            ? SignInPath + "?ReturnUrl=" + Uri.EscapeDataString(http.Request.PathBase + http.Request.Path + http.Request.QueryString)
            : redirectUri;

    /// <summary>
    /// A citizen refused a staff page goes to their own dossiers, staff refused a citizen page to their workspace, and
    /// someone with neither role to the portal: never back to a page that refuses them again (a redirect loop).
    /// </summary>
    public static string AccessDeniedRedirect(HttpContext http, string redirectUri) =>
        IsCitizen(http.User) ? HomePath
        : IsStaff(http.User) ? (http.Request.Path.StartsWithSegments("/can-bo") ? redirectUri : "/can-bo")
        : "/";
}
