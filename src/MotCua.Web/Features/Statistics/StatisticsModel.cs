using Microsoft.EntityFrameworkCore;

namespace MotCua.Web.Features.Statistics;

/// <summary>The statistics tables, added to the one model by MotCuaDb.OnModelCreating.</summary>
public static class StatisticsModel
{
    public static void Configure(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ApplyConfiguration(new DossierFactConfiguration());
        builder.ApplyConfiguration(new OpenSpanRowConfiguration());
        builder.ApplyConfiguration(new StatisticsChangeConfiguration());
        builder.ApplyConfiguration(new DailyStatConfiguration());
        builder.ApplyConfiguration(new StatisticsMarkConfiguration());
    }
}
