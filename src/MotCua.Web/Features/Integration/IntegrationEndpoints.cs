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
    public sealed record DossierStatusView(string Code, string Status, string ProcedureCode, DateTimeOffset ReceivedAt, DateTimeOffset? DueAt,
        DateTimeOffset? ResultReadyAt, DateTimeOffset? ReturnedAt, string LookupUrl);

    public static IServiceCollection AddIntegration(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<IntegrationOptions>(config.GetSection("Integration"));
        services.AddScoped<IntegrationAuth>();
        return services;
    }

    public static void MapIntegration(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/integration").WithTags("Integration").AllowAnonymous().DisableAntiforgery()
            .AddEndpointFilter<IntegrationAuth>();
        group.MapGet("/dossiers/{code}", GetStatus).WithSummary("A dossier's status, dates and result link, for the portal that submitted it.");
    }

    private static async Task<IResult> GetStatus(string code, HttpContext http, MotCuaDb db, Problems problems, CancellationToken ct)
    {
        var d = await db.Dossiers.AsNoTracking().Where(x => x.Code == code)
            .Select(x => new { x.Code, x.Status, ProcedureCode = x.Procedure!.Code, x.ReceivedAt, x.DueAt, x.ResultReadyAt, x.ReturnedAt })
            .FirstOrDefaultAsync(ct);
        if (d is null)
        {
            return problems.NotFound();
        }
        var lookup = $"{http.Request.Scheme}://{http.Request.Host}/tra-cuu?ma={Uri.EscapeDataString(d.Code!)}";
        return TypedResults.Ok(new DossierStatusView(d.Code!, d.Status.ToString(), d.ProcedureCode, VietnamTime.ToLocal(d.ReceivedAt),
            DossierViews.Local(d.DueAt), DossierViews.Local(d.ResultReadyAt), DossierViews.Local(d.ReturnedAt), lookup));
    }
}
