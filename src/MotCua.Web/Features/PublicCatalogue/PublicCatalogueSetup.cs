namespace MotCua.Web.Features.PublicCatalogue;

public static class PublicCatalogueSetup
{
    public static IServiceCollection AddPublicCatalogue(this IServiceCollection services) => services.AddScoped<CatalogueSearch>();
}
