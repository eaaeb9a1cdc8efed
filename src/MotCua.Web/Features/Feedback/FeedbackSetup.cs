using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace MotCua.Web.Features.Feedback;

public static class FeedbackSetup
{
    /// <summary>The rate-limit policy of the public feedback pages: their POSTs (new feedback, votes) per client IP.</summary>
    public const string PublicPosts = "feedback-public-posts";

    public static IServiceCollection AddFeedback(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<FeedbackOptions>().Bind(config.GetSection("Feedback"))
            .Validate(o => o.Deadlines.Count > 0, "Feedback:Deadlines must list at least one set of PAKN deadlines with its EffectiveFrom date.")
            .Validate(o => o.Deadlines.All(d => d.RefuseDays >= 0 && d.AskInformationDays >= 0 && d.ResolveDays >= 0 && d.PublishDays >= 0), "Feedback:Deadlines: days cannot be negative.")
            .ValidateOnStart();
        services.AddScoped<FeedbackService>();
        services.AddScoped<FeedbackVotes>();
        services.AddScoped<FeedbackStatistics>();
        services.AddScoped<FeedbackDeadlines>();
        var perMinute = config.GetValue("Feedback:PostsPerMinute", 30);
        // Reading is free; sending feedback and voting are limited per IP (a second vote after clearing cookies is slowed).
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(PublicPosts, ctx =>
            HttpMethods.IsPost(ctx.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read")));
        return services;
    }
}
