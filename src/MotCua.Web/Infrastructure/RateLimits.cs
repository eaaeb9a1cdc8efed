using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace MotCua.Web.Infrastructure;

/// <summary>Per-client limits on the endpoints anyone can call: guessing codes or passwords must be slow.</summary>
public static class RateLimits
{
    public const string Login = "login";
    public const string PublicLookup = "public-lookup";

    public static IServiceCollection AddMotCuaRateLimits(this IServiceCollection services, IConfiguration config)
    {
        var lookupPerMinute = config.GetValue("RateLimits:PublicLookupPerMinute", 30);
        var loginPerMinute = config.GetValue("RateLimits:LoginPerMinute", 20);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PublicLookup, ctx => PerClient(ctx, lookupPerMinute));
            o.AddPolicy(Login, ctx => PerClient(ctx, loginPerMinute));
            o.OnRejected = async (ctx, ct) =>
            {
                var problems = ctx.HttpContext.RequestServices.GetRequiredService<Problems>();
                ctx.HttpContext.Response.Headers.RetryAfter = "60";
                await problems.Rule(StatusCodes.Status429TooManyRequests, ErrorCodes.TooManyRequests).ExecuteAsync(ctx.HttpContext);
            };
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext ctx, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
