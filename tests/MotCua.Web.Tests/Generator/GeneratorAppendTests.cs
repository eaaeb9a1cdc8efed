using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Generator;
using MotCua.Web.Tests.Infrastructure;
using Xunit;

namespace MotCua.Web.Tests.Generator;

/// <summary>--append adds to a range already generated: each one-stop's day sequence goes on without a gap or a repeat.</summary>
public abstract class GeneratorAppendTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    [Fact]
    public async Task Appending_continues_every_day_sequence_of_codes()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 2, 9, 0));
        var options = new GeneratorOptions(300, new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 9), RandomSeed: 1);
        using (var scope = app.Services.CreateScope())
        {
            await new DossierGenerator(scope.ServiceProvider, TextWriter.Null).RunAsync(options, default);
        }
        using (var scope = app.Services.CreateScope())
        {
            var summary = await new DossierGenerator(scope.ServiceProvider, TextWriter.Null).RunAsync(options with { RandomSeed = 2, Append = true }, default);
            Assert.Equal(300, summary.Dossiers);
        }

        using var check = app.Services.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<MotCuaDb>();
        var codes = await db.Dossiers.AsNoTracking().Where(d => d.Code != null).Select(d => d.Code!).ToListAsync();
        var counters = await db.DossierCodeSequences.AsNoTracking().ToDictionaryAsync(s => (s.AgencyCode, s.Day), s => s.Last);
        Assert.Equal(600, await db.Dossiers.CountAsync());
        Assert.Equal(codes.Count, codes.Distinct().Count());
        foreach (var group in codes.Select(c =>
                 {
                     Assert.True(DossierCode.TryParse(c, out var agency, out var day, out var seq));
                     return (agency, day, seq);
                 }).GroupBy(c => (c.agency, c.day)))
        {
            Assert.Equal(Enumerable.Range(1, group.Count()), group.Select(c => c.seq).Order());
            Assert.Equal(group.Count(), counters[(group.Key.agency, DossierCode.DayKey(group.Key.day))]);
        }
    }
}

public sealed class GeneratorAppendOnSqlite(SqliteApp app) : GeneratorAppendTests<SqliteApp>(app);

public sealed class GeneratorAppendOnPostgres(PostgresApp app) : GeneratorAppendTests<PostgresApp>(app);
