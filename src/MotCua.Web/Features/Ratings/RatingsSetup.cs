namespace MotCua.Web.Features.Ratings;

public static class RatingsSetup
{
    public static IServiceCollection AddRatings(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<RatingOptions>(config.GetSection("Ratings"));
        services.AddScoped<RatingService>();
        services.AddScoped<RatingStatistics>();
        services.AddScoped<KioskAccess>();
        return services;
    }
}
