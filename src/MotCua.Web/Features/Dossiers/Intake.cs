using MotCua.Web.Features.Organisation;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Dossiers;

/// <summary><c>POST /api/v1/dossiers</c>: reception through <see cref="IntakeService"/>; 201 with the receipt.</summary>
public static class Intake
{
    public static void MapIntake(this IEndpointRouteBuilder api) =>
        api.MapPost("", Handle)
            .WithSummary("Receive a dossier: accept (code, due date, receipt), ask for a supplement (Form 02) or refuse (Form 03).")
            .RequireAuthorization(p => p.RequireRole(StaffRoles.ReceptionOfficer));

    private static async Task<IResult> Handle(IntakeRequest request, HttpContext http, IntakeService intake, Problems problems, CancellationToken ct)
    {
        var outcome = await intake.ReceiveAsync(request, http.Request.Headers["Idempotency-Key"].ToString(), ct);
        if (outcome.Failure is { } failure)
        {
            return problems.From(failure);
        }
        if (outcome.Replayed is { } replay)
        {
            return new ReplayedResult(replay.Status, replay.Body, replay.Location);
        }
        return TypedResults.Created($"/api/v1/dossiers/{Uri.EscapeDataString(outcome.Dossier!.Reference)}", outcome.Receipt);
    }

    private sealed class ReplayedResult(int status, string body, string? location) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            httpContext.Response.Headers["Idempotent-Replayed"] = "true";
            if (location is not null)
            {
                httpContext.Response.Headers.Location = location;
            }
            await httpContext.Response.WriteAsync(body);
        }
    }
}
