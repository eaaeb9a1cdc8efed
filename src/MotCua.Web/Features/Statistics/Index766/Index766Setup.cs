namespace MotCua.Web.Features.Statistics.Index766;

public static class Index766Setup
{
    /// <summary>The Decision 766 index: its model versions (read once) and the administrator's table. IndexQueries is registered by AddStatistics().</summary>
    public static IServiceCollection AddIndex766(this IServiceCollection services) => services
        .AddSingleton<Index766ModelSource>()
        .AddScoped<Index766InputAdmin>();
}
