namespace MotCua.Web.Features.Reports;

public static class ReportsSetup
{
    /// <summary>The report downloads need the statistics (AddStatistics) and the feedback figures (AddFeedback).</summary>
    public static IServiceCollection AddReports(this IServiceCollection services) => services.AddScoped<ReportText>();
}
