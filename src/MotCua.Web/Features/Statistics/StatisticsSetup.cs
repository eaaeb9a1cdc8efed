namespace MotCua.Web.Features.Statistics;

public static class StatisticsSetup
{
    /// <summary>
    /// The statistics services and the background catch-up. Hooks elsewhere: MotCuaDb applies the configurations
    /// (StatisticsModel.Configure) and DatabaseSetup adds <see cref="StatisticsChangeInterceptor.Instance"/> to the contexts.
    /// </summary>
    public static IServiceCollection AddStatistics(this IServiceCollection services)
    {
        services.AddScoped<StatisticsQueries>();
        services.AddScoped<StatisticsRollup>();
        services.AddScoped<IndexQueries>();
        services.AddHostedService<StatisticsWorker>();
        return services;
    }
}
