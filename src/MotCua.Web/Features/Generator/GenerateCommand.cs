using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Seed;

namespace MotCua.Web.Features.Generator;

/// <summary>
/// <c>MotCua.Web seed --generate ...</c>: fills the demo province with generated years of dossiers. Like
/// <c>seed --demo</c> it is refused in Production (generated people and dossiers must never mix with real ones); it
/// migrates and seeds the demo province first when that has not been done.
/// </summary>
public static class GenerateCommand
{
    public static async Task<int> RunAsync(WebApplication app, IServiceProvider services, string[] args)
    {
        if (app.Environment.IsProduction())
        {
            Console.Error.WriteLine("Refusing to generate demo dossiers in a Production environment.");
            return 2;
        }
        var options = GeneratorOptions.Parse(args, out var error);
        if (options is null)
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(GeneratorOptions.Usage);
            return 2;
        }
        var db = services.GetRequiredService<MotCuaDb>();
        await db.Database.MigrateAsync();
        await CalendarSeed.RunAsync(db, services.GetRequiredService<TimeProvider>());
        await DemoSeed.RunAsync(services);
        try
        {
            var summary = await new DossierGenerator(services, Console.Out).RunAsync(options, CancellationToken.None);
            Console.WriteLine(summary.Line());
            if (summary.RuleRefusals > 0)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Warning: the lifecycle refused {summary.RuleRefusals} planned actions; those dossiers stopped where the rule stopped them."));
            }
            return 0;
        }
        catch (GenerationRefusedException e)
        {
            Console.Error.WriteLine(e.Message);
            return 3;
        }
    }
}
