using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace MotCua.Web.Infrastructure;

/// <summary>
/// On the API, a missing or insufficient sign-in is answered with problem details and a stable code, whatever the
/// scheme (bearer or cookie); pages keep the usual redirect to the sign-in page.
/// </summary>
public sealed class ApiAuthorizationResults : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (context.Request.Path.StartsWithSegments("/api") && !authorizeResult.Succeeded)
        {
            var problems = context.RequestServices.GetRequiredService<Problems>();
            var answer = authorizeResult.Challenged || context.User.Identity?.IsAuthenticated != true
                ? problems.Rule(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated)
                : problems.Rule(StatusCodes.Status403Forbidden, ErrorCodes.RoleNotAllowed);
            await answer.ExecuteAsync(context);
            return;
        }
        await fallback.HandleAsync(next, context, policy, authorizeResult);
    }
}
