using Microsoft.AspNetCore.Identity;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Auth;

public static class AuthEndpoints
{
    public sealed record LoginRequest(string? Email, string? Password);

    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        app.MapPost("/auth/login", Login)
            .WithTags("Auth")
            .WithSummary("Exchange staff credentials for a bearer token (Authorization: Bearer <accessToken>).")
            .RequireRateLimiting(RateLimits.Login)
            .AllowAnonymous();
    }

    /// <summary>
    /// Answers {tokenType, accessToken, expiresIn, refreshToken}. Failed attempts count toward lockout exactly as
    /// on the sign-in page.
    /// </summary>
    private static async Task<IResult> Login(LoginRequest body, UserManager<AppUser> users, SignInManager<AppUser> signIn, Problems problems)
    {
        if (string.IsNullOrWhiteSpace(body.Email) || string.IsNullOrEmpty(body.Password))
        {
            return problems.Validation(new Dictionary<string, string[]>
            {
                ["email"] = string.IsNullOrWhiteSpace(body.Email) ? ["field.required"] : [],
                ["password"] = string.IsNullOrEmpty(body.Password) ? ["field.required"] : [],
            }.Where(e => e.Value.Length > 0).ToDictionary());
        }
        var user = await users.FindByEmailAsync(body.Email.Trim());
        if (user is null)
        {
            return problems.Rule(StatusCodes.Status401Unauthorized, ErrorCodes.InvalidCredentials);
        }
        var check = await signIn.CheckPasswordSignInAsync(user, body.Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return problems.Rule(StatusCodes.Status423Locked, ErrorCodes.LockedOut);
        }
        if (!check.Succeeded)
        {
            return problems.Rule(StatusCodes.Status401Unauthorized, ErrorCodes.InvalidCredentials);
        }
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
