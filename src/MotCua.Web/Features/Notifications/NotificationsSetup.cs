using Microsoft.Extensions.Options;
using MotCua.Web.Features.Notifications.Channels;
using MotCua.Web.Features.Notifications.Dispatch;
using MotCua.Web.Features.Notifications.Integration;
using MotCua.Web.Features.Notifications.Providers;
using MotCua.Web.Features.Notifications.Templates;

namespace MotCua.Web.Features.Notifications;

public static class NotificationsSetup
{
    /// <summary>
    /// The outbox dispatcher, its channels (e-mail; the national portal's webhook; SMS and Zalo plug in as further
    /// INotificationChannel singletons), templates, delivery log and administration.
    /// </summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<NotificationOptions>().Bind(config.GetSection(NotificationOptions.Section));
        services.AddOptions<EmailOptions>().Bind(config.GetSection(NotificationOptions.Section + ":Email"));
        services.AddOptions<DvcqgOptions>().Bind(config.GetSection(DvcqgOptions.Section));
        services.AddHttpClient(DvcqgWebhookChannel.HttpClientName);
        services.AddSingleton<INotificationChannel>(sp => new EmailChannel(sp.GetRequiredService<IOptions<EmailOptions>>().Value));
        services.AddSingleton<INotificationChannel>(sp => new DvcqgWebhookChannel(sp.GetRequiredService<IOptions<DvcqgOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<TimeProvider>()));
        services.AddOptions<SmsGatewayOptions>().Bind(config.GetSection(NotificationOptions.Section + ":Sms"));
        services.AddOptions<ZnsOptions>().Bind(config.GetSection(NotificationOptions.Section + ":Zns"));
        services.AddHttpClient(nameof(EsmsSmsClient), c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient(nameof(ZnsClient), c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<INotificationChannel>(sp => new SmsChannel(new EsmsSmsClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(EsmsSmsClient)), sp.GetRequiredService<IOptions<SmsGatewayOptions>>())));
        services.AddSingleton<INotificationChannel>(sp => new ZaloZnsChannel(new ZnsClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ZnsClient)), sp.GetRequiredService<IOptions<ZnsOptions>>())));
        services.AddSingleton<INotificationChannel, Staff.WorkspaceChannel>();
        services.AddSingleton<Staff.StepOverdueScan>();
        services.AddHostedService<Staff.StepOverdueLoop>();
        services.AddSingleton<NotificationTemplates>();
        services.AddSingleton<TemplateOverrides>();
        services.AddScoped<TemplateEditor>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<DispatcherLoop>();
        services.AddScoped<NotificationAdmin>();
        services.AddScoped<DeliveryLogQueries>();
        return services;
    }

    public static void MapNotifications(this IEndpointRouteBuilder api) => NotificationEndpoints.Map(api);
}
