using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Ratings;
using MotCua.Web.Tests.Infrastructure;
using MotCua.Web.Tests.ReceptionCounter;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Ratings;

/// <summary>Dossiers brought to the state a rating needs, through the API as officers would.</summary>
public static class RatingScenario
{
    /// <summary>A judicial-record dossier received at the center's counter Q01 and handed back there.</summary>
    public static async Task<string> ReturnedAsync(MotCuaApp app, string phone = "0912345678")
    {
        var code = await InProcessingAsync(app, phone);
        await (await app.ClientFor(PoliceSpecialist)).ActOk(code, "forward");
        await (await app.ClientFor(PoliceLeader)).ActOk(code, "result-ready");
        await (await app.ClientFor(Reception)).ActOk(code, "return", new { method = "Counter" });
        return code;
    }

    public static async Task<string> InProcessingAsync(MotCuaApp app, string phone = "0912345678")
    {
        var reception = await app.ClientFor(Reception);
        var code = (await reception.Intake(JudicialRecordIntake(phone))).Str("code");
        await reception.ActOk(code, "transfer");
        return code;
    }

    public static async Task<T> WithScope<T>(MotCuaApp app, Func<IServiceProvider, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>The counter of an officer (the demo reception officer sits at Q01 of the center).</summary>
    public static Task<int> CounterOfAsync(MotCuaApp app, string email) => WithScope(app, sp =>
        sp.GetRequiredService<MotCuaDb>().Users.Where(u => u.Email == email).Select(u => u.CounterId!.Value).SingleAsync());

    public static Task<int> OtherCounterAsync(MotCuaApp app, int counterId) => WithScope(app, sp =>
        sp.GetRequiredService<MotCuaDb>().Counters.Where(c => c.Id != counterId).Select(c => c.Id).FirstAsync());

    public static Task<string> KioskKeyAsync(MotCuaApp app, int counterId) => WithScope(app, sp =>
        sp.GetRequiredService<KioskAccess>().IssueAsync(counterId, "test"));

    public static CounterSession Anonymous(MotCuaApp app) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static RatingInput Input(SatisfactionLevel level, string? comment = null) => new() { Level = level, Attitude = "yes", Comment = comment };
}
