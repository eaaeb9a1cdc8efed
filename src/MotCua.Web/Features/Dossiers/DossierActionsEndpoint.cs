using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Audit;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// <c>POST /api/v1/dossiers/{code}/actions/{action}</c>: find → may this officer act → is the version the one they saw →
/// is the body complete → does the lifecycle allow it now → apply, audit and outbox in one save. A forbidden transition
/// is a 409 naming the rule; a concurrent change is a 409 <c>concurrency-conflict</c> and nothing is lost.
/// </summary>
public static class DossierActionsEndpoint
{
    public static void MapDossierActions(this RouteGroupBuilder group) =>
        group.MapPost("/{code}/actions/{action}", Handle).WithSummary("Take a lifecycle action on a dossier.");

    private static async Task<IResult> Handle(string code, string action, ActionRequest? body, HttpContext http, MotCuaDb db,
        StaffScope scope, CalendarService calendars, TimeProvider clock, Problems problems, CancellationToken ct)
    {
        body ??= new ActionRequest();
        if (!DossierActions.TryParse(action, out var act))
        {
            return problems.Rule(StatusCodes.Status404NotFound, ErrorCodes.UnknownAction);
        }
        var staff = (await scope.LoadAsync(ct))!;
        var dossier = await DossierAccess.FindAsync(db, code, ct, tracking: true);
        if (dossier is null)
        {
            return problems.NotFound();
        }
        if (!DossierAccess.CanRead(staff, dossier))
        {
            return problems.Forbidden();
        }
        if (ExpectedVersion(http, body) is { } expected && expected != dossier.Version)
        {
            return problems.Conflict(ErrorCodes.ConcurrencyConflict);
        }
        // A dossier that has moved on answers 409 first: the officer who lost a race learns that, not a 403.
        if (!Lifecycle.AllowedIn(act).Contains(dossier.Status))
        {
            var notAllowed = RuleViolation.NotAllowedIn(dossier.Status, act);
            return problems.Conflict(notAllowed.Code, notAllowed.Detail);
        }
        if (ActionAuthorization.Check(staff, dossier, act, body) is { } denied)
        {
            return problems.Forbidden(denied);
        }
        var errors = ActionValidation.Check(act, body);
        if (errors.Count > 0)
        {
            return problems.Validation(errors);
        }

        var now = clock.GetUtcNow();
        var calendar = await calendars.CurrentAsync(ct);
        var state = dossier.State();
        var violation = Lifecycle.Check(state, act, now, calendar)
            ?? (act == DossierAction.Apologize ? Lifecycle.CheckNewDueDate(state, body.NewDueAt!.Value) : null);
        if (violation is not null)
        {
            return problems.Conflict(violation.Code, violation.Detail);
        }

        var from = dossier.Status;
        dossier.Status = Lifecycle.Next(from, act);
        dossier.Version++;
        var effect = await ActionEffects.ApplyAsync(act, new ActionContext(db, dossier, body, staff, now, calendar, ct));
        if (effect.Problem is { } problem)
        {
            return problems.Rule(problem.Status, problem.Code);
        }
        AuditChain.Append(dossier, new AuditChain.Actor(staff.UserId, staff.FullName), act.UrlName(), now,
            from.ToString(), dossier.Status.ToString(), Trim(body.Note), effect.AuditData);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(e))
        {
            return problems.Conflict(ErrorCodes.ConcurrencyConflict);
        }
        http.Response.Headers.ETag = $"\"{dossier.Version}\"";
        var names = await DossierAccess.UserNamesAsync(db, dossier, ct);
        return TypedResults.Ok(DossierViews.Full(dossier, Language.IsEnglish(http), names));
    }

    private static int? ExpectedVersion(HttpContext http, ActionRequest body)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString().Trim().Trim('"');
        return int.TryParse(ifMatch, out var v) ? v : body.ExpectedVersion;
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed record ActionContext(MotCuaDb Db, Dossier Dossier, ActionRequest Body, StaffScope.Loaded Staff,
    DateTimeOffset Now, Domain.Calendar.WorkingCalendar Calendar, CancellationToken Ct);
