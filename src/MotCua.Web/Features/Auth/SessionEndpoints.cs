using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using MotCua.Web.Features.Auth.Pages;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Auth;

/// <summary>Sign-out (a POST with antiforgery, never a link) and the language switch of every page.</summary>
public static class SessionEndpoints
{
    public static void MapSession(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dang-xuat", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.Redirect("/dang-nhap");
        }).WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();

        app.MapGet("/ngon-ngu", (string? c, string? r, HttpContext http) =>
        {
            var culture = c == "en" ? "en" : "vi-VN";
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            return Results.LocalRedirect(SignIn.SafeReturnUrl(r));
        }).ExcludeFromDescription();
    }
}
