using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Calendar;
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
        var found = await FindAsync(db, code, verify, Language.IsEnglish(http), ct);
        return found is null ? problems.NotFound(ErrorCodes.NotFound) : TypedResults.Ok(found);
    }

    /// <summary>The public view of a dossier, or null for a malformed code, an unknown code or a wrong verifier alike.</summary>
    public static async Task<PublicDossier?> FindAsync(MotCuaDb db, string? code, string? verify, bool english, CancellationToken ct)
    {
        if (verify is null || verify.Length != 4 || !verify.All(char.IsAsciiDigit) || !DossierCode.TryParse(code, out _, out _, out _))
        {
            return null;
        }
        var found = await Query(db, code!, verify, english, ct);
        return found is null ? null : new PublicDossier(found.Code!, found.Status.ToString(), found.ProcedureCode, found.ProcedureName, found.ReceivingPoint,
            VietnamTime.ToLocal(found.ReceivedAt), DossierViews.Local(found.DueAt), DossierViews.Local(found.ReturnedAt),
            found.Steps.Select(s => new PublicStep(s.Name, DossierViews.Local(s.StartedAt), DossierViews.Local(s.CompletedAt), s.Result?.ToString())).ToList());
    }

    private sealed record StepRow(string Name, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, TimelinessMark? Result);

    private sealed record Row(string? Code, DossierStatus Status, DateTimeOffset ReceivedAt, DateTimeOffset? DueAt, DateTimeOffset? ReturnedAt,
        string ProcedureCode, string ProcedureName, string ReceivingPoint, List<StepRow> Steps);

    // Compiled once per engine (a compiled query is bound to the model it first ran with): the public lookup is the most
    // frequent request, and translating its LINQ on every call was a visible part of its cost (bench/RESULTS.md).
    private static readonly ConcurrentDictionary<Type, Func<MotCuaDb, string, string, bool, CancellationToken, Task<Row?>>> Queries = new();

    private static Task<Row?> Query(MotCuaDb db, string code, string verify, bool english, CancellationToken ct) =>
        Queries.GetOrAdd(db.GetType(), _ => EF.CompileAsyncQuery(
            (MotCuaDb db, string code, string verify, bool english, CancellationToken ct) => db.Dossiers.AsNoTracking()
                .Where(d => d.Code == code && d.ApplicantPhone != null && d.ApplicantPhone.EndsWith(verify))
                .Select(d => new Row(d.Code, d.Status, d.ReceivedAt, d.DueAt, d.ReturnedAt, d.Procedure!.Code,
                    english ? d.Procedure.NameEn : d.Procedure.Name,
                    english ? d.ReceivingPoint!.NameEn : d.ReceivingPoint!.Name,
                    d.Steps.OrderBy(s => s.Index).Select(s => new StepRow(english ? s.NameEn : s.Name, s.StartedAt, s.CompletedAt, s.Result)).ToList()))
                .FirstOrDefault()))(db, code, verify, english, ct);
}
