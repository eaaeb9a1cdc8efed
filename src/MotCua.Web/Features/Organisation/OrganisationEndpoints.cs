using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Web.Data;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Organisation;

public static class OrganisationEndpoints
{
    public sealed record AgencyView(string Code, string Name, string Kind, string Level, string? ParentCode, bool IsReceptionPoint,
        string? Address, string? Phone, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string? SuccessorCode);
    public sealed record CounterView(string Code, string Name, IReadOnlyList<string> Fields);

    public static void MapOrganisation(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/agencies").WithTags("Organisation").AllowAnonymous();
        group.MapGet("/", List).WithSummary("The province's agencies in effect on a day (default today), or all with ?on=all.");
        group.MapGet("/{code}/counters", Counters).WithSummary("The counters of a reception point.");
    }

    private static async Task<IResult> List(string? on, HttpContext http, MotCuaDb db, TimeProvider clock, Problems problems, CancellationToken ct)
    {
        DateOnly? day = VietnamTime.LocalDate(clock.GetUtcNow());
        if (on == "all")
        {
            day = null;
        }
        else if (on is not null)
        {
            if (!DateOnly.TryParseExact(on, "yyyy-MM-dd", out var parsed))
            {
                return problems.Validation(new Dictionary<string, string[]> { ["on"] = ["field.date"] });
            }
            day = parsed;
        }
        var english = Language.IsEnglish(http);
        var agencies = await db.Agencies.AsNoTracking().Include(a => a.Parent).Include(a => a.Successor).OrderBy(a => a.Code).ToListAsync(ct);
        return TypedResults.Ok(agencies.Where(a => day is null || a.IsEffectiveOn(day.Value)).Select(a => new AgencyView(a.Code, a.LocalName(english),
            a.Kind.ToString(), a.Level.ToString(), a.Parent?.Code, a.IsReceptionPoint, a.Address, a.Phone, a.EffectiveFrom, a.EffectiveTo, a.Successor?.Code)));
    }

    private static async Task<IResult> Counters(string code, HttpContext http, MotCuaDb db, Problems problems, CancellationToken ct)
    {
        var english = Language.IsEnglish(http);
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, ct);
        if (agency is null)
        {
            return problems.NotFound();
        }
        var counters = await db.Counters.AsNoTracking().Where(c => c.ReceptionPointId == agency.Id).OrderBy(c => c.Code).ToListAsync(ct);
        return TypedResults.Ok(counters.Select(c => new CounterView(c.Code, english ? c.NameEn : c.Name,
            c.Fields.Split(',', StringSplitOptions.RemoveEmptyEntries))));
    }
}
