using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Audit;
using MotCua.Web.Features.Auth;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Dossiers;

public static class DossierEndpoints
{
    public static void MapDossiers(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/dossiers").WithTags("Dossiers").RequireAuthorization();
        group.MapIntake();
        group.MapGet("/{code}", Get).WithSummary("A dossier as staff see it; the ETag is its version (send If-Match on actions).");
        group.MapGet("/{code}/audit", Audit).WithSummary("The dossier's hash-chained audit trail.");
        group.MapGet("/{code}/audit/verify", Verify).WithSummary("Recomputes the chain: valid, or the first broken entry.");
        group.MapDossierActions();
        group.MapDossierForms();
    }

    private static async Task<IResult> Get(string code, HttpContext http, MotCuaDb db, StaffScope scope, Problems problems, WriteGate gate,
        TimeProvider clock, CancellationToken ct)
    {
        var staff = (await scope.LoadAsync(ct))!;
        var dossier = await DossierAccess.FindAsync(db, code, ct);
        if (dossier is null)
        {
            return problems.NotFound();
        }
        if (!DossierAccess.CanRead(staff, dossier))
        {
            return problems.Forbidden();
        }
        http.Response.Headers.ETag = $"\"{dossier.Version}\"";
        await PersonalDataReads.RecordAsync(db, gate, staff.UserId, dossier.Id, PersonalDataReads.Api, clock.GetUtcNow(), ct);
        var names = await DossierAccess.UserNamesAsync(db, dossier, ct);
        return TypedResults.Ok(DossierViews.Full(dossier, Language.IsEnglish(http), names));
    }

    public sealed record AuditEntryView(int Sequence, DateTimeOffset At, string ActorName, string Action, string? FromStatus,
        string? ToStatus, string? Note, string? Data, string PreviousHash, string Hash);

    private static async Task<IResult> Audit(string code, MotCuaDb db, StaffScope scope, Problems problems, CancellationToken ct)
    {
        var (dossier, problem) = await ReadableAsync(code, db, scope, problems, ct);
        if (problem is not null)
        {
            return problem;
        }
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.DossierId == dossier!.Id).OrderBy(e => e.Sequence).ToListAsync(ct);
        return TypedResults.Ok(entries.Select(e => new AuditEntryView(e.Sequence, Domain.VietnamTime.ToLocal(e.At), e.ActorName, e.Action,
            e.FromStatus, e.ToStatus, e.Note, e.Data, e.PreviousHash, e.Hash)));
    }

    private static async Task<IResult> Verify(string code, MotCuaDb db, StaffScope scope, Problems problems, CancellationToken ct)
    {
        var (dossier, problem) = await ReadableAsync(code, db, scope, problems, ct);
        if (problem is not null)
        {
            return problem;
        }
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.DossierId == dossier!.Id).OrderBy(e => e.Sequence).ToListAsync(ct);
        return TypedResults.Ok(AuditChain.Verify(entries, dossier!.AuditHead));
    }

    private static async Task<(Dossier?, IResult?)> ReadableAsync(string code, MotCuaDb db, StaffScope scope, Problems problems, CancellationToken ct)
    {
        var staff = (await scope.LoadAsync(ct))!;
        var dossier = await DossierAccess.FindAsync(db, code, ct);
        if (dossier is null)
        {
            return (null, problems.NotFound());
        }
        return DossierAccess.CanRead(staff, dossier) ? (dossier, null) : (null, problems.Forbidden());
    }
}
