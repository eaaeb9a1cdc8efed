using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Statistics;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Statistics;

/// <summary>How a test (of any feature) brings the statistics up to date after changing dossiers through the API.</summary>
public static class StatisticsTestHelper
{
    public static async Task<int> CatchUpAsync(this MotCuaApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StatisticsRollup>().CatchUpAsync(default);
    }

    public static async Task RebuildAsync(this MotCuaApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StatisticsRollup>().RebuildAllAsync(default);
    }

    public static async Task<T> QueryAsync<T>(this MotCuaApp app, Func<StatisticsQueries, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<StatisticsQueries>());
    }

    public static async Task<T> WithDbAsync<T>(this MotCuaApp app, Func<MotCuaDb, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MotCuaDb>());
    }
}
