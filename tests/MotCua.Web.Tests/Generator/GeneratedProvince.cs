using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Audit;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Generator;
using MotCua.Web.Tests.Infrastructure;
using Xunit;

namespace MotCua.Web.Tests.Generator;

/// <summary>
/// One small generated province per engine, shared by the tests of a class: 2,000 dossiers from 26 January to
/// 27 February 2026 (Tết 2026 falls on 17 February), generated with the clock on 2 March 2026 so that the last weeks'
/// long procedures are still open.
/// </summary>
public class GeneratedProvince<TApp> : IAsyncLifetime where TApp : MotCuaApp, new()
{
    public static readonly GeneratorOptions Options = new(2000, new DateOnly(2026, 1, 26), new DateOnly(2026, 2, 27), RandomSeed: 2026);
    public static readonly DateTimeOffset Now = TestClock.Vn(2026, 3, 2, 9, 0);

    public TApp App { get; } = new();
    public GenerationSummary Summary { get; private set; } = null!;
    public IReadOnlyList<Dossier> Dossiers { get; private set; } = [];
    public ILookup<long, AuditEntry> Audit { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App.Clock.Set(Now);
        using var scope = App.Services.CreateScope();
        Summary = await new DossierGenerator(scope.ServiceProvider, TextWriter.Null).RunAsync(Options, CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        Dossiers = await db.Dossiers.AsNoTracking().Include(d => d.Steps).Include(d => d.SupplementRequests).AsSplitQuery()
            .OrderBy(d => d.Id).ToListAsync();
        Audit = (await db.AuditEntries.AsNoTracking().OrderBy(e => e.DossierId).ThenBy(e => e.Sequence).ToListAsync()).ToLookup(e => e.DossierId);
    }

    public async Task<T> WithScope<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = App.Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
