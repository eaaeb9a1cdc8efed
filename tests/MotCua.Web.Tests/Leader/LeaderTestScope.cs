using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Leader;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Leader;

/// <summary>Runs the leader's queries in the app's own services, as the signed-in officer's scope would.</summary>
public static class LeaderTestScope
{
    public static async Task<T> RunAsync<T>(MotCuaApp app, string email, Func<MotCuaDb, LeaderScope, LeaderMoment, OrganisationTree, Task<T>> query)
    {
        await using var services = app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<MotCuaDb>();
        var tree = await services.ServiceProvider.GetRequiredService<OrganisationCache>().GetAsync();
        var normalized = email.ToUpperInvariant();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.NormalizedEmail == normalized);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name!).ToListAsync();
        var direct = await db.StaffAgencies.Where(s => s.UserId == user.Id).Select(s => s.AgencyId).ToListAsync();
        var scope = LeaderScope.For(new StaffScope.Loaded(user.Id, user.FullName, roles.ToHashSet(), tree.WithDescendants(direct), direct))
            ?? throw new InvalidOperationException($"{email} is neither a unit leader nor the center supervisor.");
        var calendar = await services.ServiceProvider.GetRequiredService<CalendarService>().CurrentAsync();
        return await query(db, scope, LeaderMoment.At(app.Clock.GetUtcNow(), calendar), tree);
    }

    public static async Task<string> UserIdAsync(MotCuaApp app, string email)
    {
        await using var services = app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<MotCuaDb>();
        var normalized = email.ToUpperInvariant();
        return await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync();
    }
}
