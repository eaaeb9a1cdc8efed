using Microsoft.Extensions.Options;

namespace MotCua.Web.Features.Messaging;

/// <summary>The messaging bot: inbound webhooks of the Zalo Official Account and of the SMS keyword gateway.</summary>
public static class MessagingSetup
{
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<MessagingOptions>(config.GetSection("Messaging"));
        services.AddSingleton<SenderLimiter>();
        services.AddScoped<BotAnswers>();
        services.AddHttpClient<ZaloOaClient>(c => c.Timeout = TimeSpan.FromSeconds(10));
        return services;
    }

    public static void MapMessaging(this IEndpointRouteBuilder api)
    {
        api.MapZaloWebhook();
        api.MapSmsInbound();
    }

    /// <summary>Says at start-up which channels are off, so an operator is not left wondering why nobody gets answers.</summary>
    public static void ReportMessagingChannels(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<MessagingOptions>>().Value;
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MotCua.Messaging");
        if (!options.Zalo.IsConfigured)
        {
            log.LogInformation("Zalo OA bot is off: set Messaging:Zalo:AppId, OaSecretKey and AccessToken to turn it on");
        }
        if (!options.Sms.IsConfigured)
        {
            log.LogInformation("SMS keyword bot is off: set Messaging:Sms:Secret to turn it on");
        }
    }
}
