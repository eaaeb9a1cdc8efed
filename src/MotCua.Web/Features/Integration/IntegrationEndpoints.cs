using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Integration;

/// <summary>
/// The integration API for an outside portal (DVCQG or another), versioned under /api/v1/integration and signed per
/// <see cref="IntegrationAuth"/>. Statuses also go out by webhook; this read lets the portal reconcile.
/// </summary>
public static class IntegrationEndpoints
{
    public sealed record DossierStatusView(string Reference, string? Code, string? ExternalId, string Status, string ProcedureCode, DateTimeOffset ReceivedAt, DateTimeOffset? DueAt,
        DateTimeOffset? ResultReadyAt, DateTimeOffset? ReturnedAt, string LookupUrl);

    public static IServiceCollection AddIntegration(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<IntegrationOptions>(config.GetSection("Integration"));
        services.AddScoped<IntegrationAuth>();
        return services;
    }

    /// <summary>
    /// Integration calls are signed over their raw body, which the filter checks after model binding has read it: keep the
    /// body re-readable for these paths (buffered in memory, spilling to disk past 30 KB).
    /// </summary>
    public static void UseIntegrationBodies(this IApplicationBuilder app) =>
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api/v1/integration"), a => a.Use((ctx, next) =>
        {
            ctx.Request.EnableBuffering();
            return next(ctx);
        }));

    public static void MapIntegration(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/integration").WithTags("Integration").AllowAnonymous().DisableAntiforgery()
            .AddEndpointFilter<IntegrationAuth>();
        group.MapIntegrationSubmission();
        group.MapGet("/dossiers/{code}", GetStatus).WithSummary("A dossier's status, dates and result link, for the portal that submitted it.");
    }

    private static async Task<IResult> GetStatus(string code, HttpContext http, MotCuaDb db, Problems problems, CancellationToken ct)
    {
        // A dossier not yet accepted has no code: the portal that submitted it follows it by its reference (TN-…).
        var client = (string)http.Items[IntegrationAuth.ClientItem]!;
        var query = db.Dossiers.AsNoTracking();
        query = DossierReference.TryParseUnaccepted(code, out var id)
            ? query.Where(x => x.Id == id && x.ExternalSource == client)
            : query.Where(x => x.Code == code);
        var d = await query
            .Select(x => new { x.Id, x.Code, x.ExternalId, x.Status, ProcedureCode = x.Procedure!.Code, x.ReceivedAt, x.DueAt, x.ResultReadyAt, x.ReturnedAt })
            .FirstOrDefaultAsync(ct);
        if (d is null)
        {
            return problems.NotFound();
        }
        var reference = d.Code ?? DossierReference.ForUnaccepted(d.Id);
        var lookup = $"{http.Request.Scheme}://{http.Request.Host}/tra-cuu?ma={Uri.EscapeDataString(reference)}";
        return TypedResults.Ok(new DossierStatusView(reference, d.Code, d.ExternalId, d.Status.ToString(), d.ProcedureCode, VietnamTime.ToLocal(d.ReceivedAt),
            DossierViews.Local(d.DueAt), DossierViews.Local(d.ResultReadyAt), DossierViews.Local(d.ReturnedAt), lookup));
    }
}
