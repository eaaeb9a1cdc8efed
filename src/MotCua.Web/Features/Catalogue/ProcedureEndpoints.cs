using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Catalogue;

public static class ProcedureEndpoints
{
    public sealed record TimeView(decimal Amount, string Unit, string? Cutoff);
    public sealed record FeeView(string Name, long Amount, string? Note);
    public sealed record DocumentView(string Code, string Name, string Form, int Count, bool Mandatory);
    public sealed record StepView(int Order, string Name, string Role, string Unit, decimal Allotment);
    public sealed record ProcedureSummary(string Code, string Name, string Field, string Level, TimeView ProcessingTime, bool BoundaryFree, string OnlineLevel);
    public sealed record ProcedureView(string Code, string Name, string NameVi, string NameEn, string Field, string Level, string? CompetentAgencyCode,
        string? CompetentAgency, TimeView ProcessingTime, IReadOnlyList<FeeView> Fees, IReadOnlyList<DocumentView> Documents, string ResultName,
        string ResultKind, string OnlineLevel, bool BoundaryFree, IReadOnlyList<string> LegalBasis, IReadOnlyList<StepView> Steps);

    public static void MapProcedures(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/procedures").WithTags("Catalogue").AllowAnonymous();
        group.MapGet("/", Search).WithSummary("Search the catalogue by name or code, ignoring Vietnamese diacritics and case.");
        group.MapGet("/{code}", Get).WithSummary("A procedure with its time, fees, documents and internal process.");
    }

    private static async Task<IResult> Search(string? q, int? limit, HttpContext http, MotCuaDb db, CancellationToken ct)
    {
        var english = Language.IsEnglish(http);
        var query = db.Procedures.AsNoTracking().Matching(q);
        var take = Math.Clamp(limit ?? 50, 1, 200);
        var found = await query.OrderBy(p => p.Name).Take(take).ToListAsync(ct);
        return TypedResults.Ok(found.Select(p => new ProcedureSummary(p.Code, english ? p.NameEn : p.Name, p.FieldCode, p.Level.ToString(),
            Time(p), p.BoundaryFree, p.OnlineLevel.ToString())));
    }

    private static async Task<IResult> Get(string code, HttpContext http, MotCuaDb db, Problems problems, CancellationToken ct)
    {
        var p = await db.Procedures.AsNoTracking().Include(x => x.Fees).Include(x => x.Documents).Include(x => x.Steps).Include(x => x.CompetentAgency)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Code == code, ct);
        if (p is null)
        {
            return problems.NotFound(ErrorCodes.ProcedureNotFound);
        }
        var en = Language.IsEnglish(http);
        return TypedResults.Ok(new ProcedureView(p.Code, en ? p.NameEn : p.Name, p.Name, p.NameEn, p.FieldCode, p.Level.ToString(),
            p.CompetentAgency?.Code, p.CompetentAgency?.LocalName(en), Time(p),
            p.Fees.OrderBy(f => f.Id).Select(f => new FeeView(en ? f.NameEn : f.Name, f.Amount, f.Note)).ToList(),
            p.Documents.OrderBy(d => d.Id).Select(d => new DocumentView(d.Code, en ? d.NameEn : d.Name, d.Form.ToString(), d.Count, d.Mandatory)).ToList(),
            en ? p.ResultNameEn : p.ResultName, p.ResultKind.ToString(), p.OnlineLevel.ToString(), p.BoundaryFree,
            p.LegalBasis.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            p.Steps.OrderBy(s => s.Order).Select(s => new StepView(s.Order, en ? s.NameEn : s.Name, s.Role, s.Unit, s.Allotment)).ToList()));
    }

    private static TimeView Time(Procedure p) => new(p.TimeAmount, p.TimeUnit.ToString(), p.Cutoff?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
}
