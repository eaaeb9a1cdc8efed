using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// <c>POST /api/v1/dossiers/{code}/actions/{action}</c>: the lifecycle action of <see cref="DossierCommands"/>; a
/// forbidden transition is a 409 naming the rule, a concurrent change a 409 <c>concurrency-conflict</c>.
/// </summary>
public static class DossierActionsEndpoint
{
    public static void MapDossierActions(this RouteGroupBuilder group) =>
        group.MapPost("/{code}/actions/{action}", Handle).WithSummary("Take a lifecycle action on a dossier.");

    private static async Task<IResult> Handle(string code, string action, ActionRequest? body, HttpContext http, MotCuaDb db,
        DossierCommands commands, Problems problems, CancellationToken ct)
    {
        if (!DossierActions.TryParse(action, out var act))
        {
            return problems.Rule(StatusCodes.Status404NotFound, ErrorCodes.UnknownAction);
        }
        var ifMatch = http.Request.Headers.IfMatch.ToString().Trim().Trim('"');
        var outcome = await commands.ActAsync(code, act, body ?? new ActionRequest(), int.TryParse(ifMatch, out var v) ? v : null, ct);
        if (outcome.Failure is { } failure)
        {
            return problems.From(failure);
        }
        var dossier = outcome.Dossier!;
        http.Response.Headers.ETag = $"\"{dossier.Version}\"";
        var names = await DossierAccess.UserNamesAsync(db, dossier, ct);
        return TypedResults.Ok(DossierViews.Full(dossier, Language.IsEnglish(http), names));
    }
}
