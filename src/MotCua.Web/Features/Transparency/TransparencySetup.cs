namespace MotCua.Web.Features.Transparency;

public static class TransparencySetup
{
    /// <summary>Needs the statistics (AddStatistics) registered too.</summary>
    public static IServiceCollection AddTransparency(this IServiceCollection services) =>
        services.AddSingleton<TransparencyCache>().AddScoped<TransparencyData>().AddHostedService<TransparencyWarmer>();
}
