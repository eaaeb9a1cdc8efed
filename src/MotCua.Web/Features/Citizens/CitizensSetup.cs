using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Citizens;

public static class CitizensSetup
{
    public static IServiceCollection AddCitizens(this IServiceCollection services)
    {
        services.AddScoped<CitizenAccounts>();
        services.AddScoped<CitizenProfiles>();
        // Replaces Identity's user validator (registered by AddIdentityCore) rather than adding to it: a phone-only
        // account must pass, and the replacement still runs Identity's own checks.
        services.Replace(ServiceDescriptor.Scoped<IUserValidator<AppUser>, PhoneOrEmailUserValidator>());
        return services;
    }

    /// <summary>The citizens' sign-out (a POST with antiforgery); mapped on the application, not on /api/v1.</summary>
    public static void MapCitizens(this IEndpointRouteBuilder app) =>
        app.MapPost(CitizenAccess.Area + "/dang-xuat", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.Redirect("/");
        }).WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
}
