using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// The public lookup: status, procedure, due date and the public step history — never personal data. The verifier
/// (last 4 digits of the applicant's phone) is checked in the query, so an unknown code and a wrong verifier take the
/// same path and get the same 404.
/// </summary>
public static class PublicLookup
{
    public sealed record PublicStep(string Name, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, string? Result);

    public sealed record PublicDossier(string Code, string Status, string ProcedureCode, string ProcedureName, string ReceivingPoint,
        DateTimeOffset ReceivedAt, DateTimeOffset? DueAt, DateTimeOffset? ReturnedAt, IReadOnlyList<PublicStep> Steps);

    public static void MapPublicLookup(this IEndpointRouteBuilder api) =>
        api.MapGet("/public/dossiers/{code}", Handle)
            .WithTags("Public")
            .WithSummary("Look a dossier up by its code and the last 4 digits of the applicant's phone.")
            .RequireRateLimiting(RateLimits.PublicLookup)
            .AllowAnonymous();

    private static async Task<IResult> Handle(string code, string? verify, HttpContext http, MotCuaDb db, Problems problems, CancellationToken ct)
    {
        if (verify is null || verify.Length != 4 || !verify.All(char.IsAsciiDigit) || !DossierCode.TryParse(code, out _, out _, out _))
        {
            return problems.NotFound(ErrorCodes.NotFound);
        }
        var english = Language.IsEnglish(http);
        var found = await db.Dossiers.AsNoTracking()
            .Where(d => d.Code == code && d.ApplicantPhone != null && d.ApplicantPhone.EndsWith(verify))
            .Select(d => new
            {
                d.Code, d.Status, d.ReceivedAt, d.DueAt, d.ReturnedAt, ProcedureCode = d.Procedure!.Code,
                ProcedureName = english ? d.Procedure.NameEn : d.Procedure.Name,
                ReceivingPoint = english ? d.ReceivingPoint!.NameEn : d.ReceivingPoint!.Name,
                Steps = d.Steps.OrderBy(s => s.Index).Select(s => new { Name = english ? s.NameEn : s.Name, s.StartedAt, s.CompletedAt, s.Result }).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return problems.NotFound(ErrorCodes.NotFound);
        }
        return TypedResults.Ok(new PublicDossier(found.Code!, found.Status.ToString(), found.ProcedureCode, found.ProcedureName, found.ReceivingPoint,
            VietnamTime.ToLocal(found.ReceivedAt), DossierViews.Local(found.DueAt), DossierViews.Local(found.ReturnedAt),
            found.Steps.Select(s => new PublicStep(s.Name, DossierViews.Local(s.StartedAt), DossierViews.Local(s.CompletedAt), s.Result?.ToString())).ToList()));
    }
}
