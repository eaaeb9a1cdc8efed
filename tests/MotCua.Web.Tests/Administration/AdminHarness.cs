using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Administration;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Administration;

/// <summary>Calls the administration services the way the pages do: in a request-like scope, as the demo administrator.</summary>
public static class AdminHarness
{
    public const string AdminEmail = "admin@demo.motcua.vn";

    public static async Task<AdminResult> AsAdmin<TService>(this MotCuaApp app, Func<TService, AdminActor, Task<AdminResult>> action)
        where TService : notnull
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        var admin = await db.Users.SingleAsync(u => u.Email == AdminEmail);
        return await action(scope.ServiceProvider.GetRequiredService<TService>(), new AdminActor(admin.Id, admin.FullName));
    }

    public static async Task<T> InDb<T>(this MotCuaApp app, Func<MotCuaDb, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<MotCuaDb>());
    }

    public static Task<List<AdminAuditEntry>> AuditOf(this MotCuaApp app, string entityType, string key) =>
        app.InDb(db => db.AdminAuditEntries.AsNoTracking().Where(e => e.EntityType == entityType && e.EntityKey == key).OrderBy(e => e.Id).ToListAsync());

    public static JsonElement Summary(this AdminAuditEntry entry) => JsonDocument.Parse(entry.Summary).RootElement;

    public static IReadOnlyList<string> Keys(this AdminResult result, string field) => result.For(field).Select(m => m.Key).ToList();
}
