namespace MotCua.Web.Features.Administration;

public static class AdministrationServices
{
    /// <summary>The administration's services, one per kind of reference data (scoped: they use the request's DbContext).</summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services) => services
        .AddScoped<AgencyAdmin>()
        .AddScoped<CounterAdmin>()
        .AddScoped<StaffAdmin>()
        .AddScoped<ProcedureAdmin>()
        .AddScoped<CalendarAdmin>();
}
