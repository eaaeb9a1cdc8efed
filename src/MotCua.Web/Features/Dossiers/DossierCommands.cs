using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Audit;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// A lifecycle action by the signed-in officer, for the API and the pages alike: find → may this officer see it → is the
/// version the one they saw → has the dossier moved on → may they act → is the body complete → does the lifecycle allow
/// it now → apply, audit and outbox in one save. A concurrent change fails with <c>concurrency-conflict</c>.
/// </summary>
public sealed class DossierCommands(MotCuaDb db, StaffScope scope, CalendarService calendars, TimeProvider clock)
{
    public sealed record Outcome(Dossier? Dossier, CommandFailure? Failure);

    public async Task<Outcome> ActAsync(string reference, DossierAction action, ActionRequest body, int? expectedVersion, CancellationToken ct)
    {
        var staff = await scope.LoadAsync(ct);
        if (staff is null)
        {
            return Fail(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated);
        }
        var dossier = await DossierAccess.FindAsync(db, reference, ct, tracking: true);
        if (dossier is null)
        {
            return Fail(StatusCodes.Status404NotFound, ErrorCodes.NotFound);
        }
        if (!DossierAccess.CanRead(staff, dossier))
        {
            return Fail(StatusCodes.Status403Forbidden, ErrorCodes.ForbiddenScope);
        }
        if ((expectedVersion ?? body.ExpectedVersion) is { } expected && expected != dossier.Version)
        {
            return Fail(StatusCodes.Status409Conflict, ErrorCodes.ConcurrencyConflict);
        }
        // A dossier that has moved on answers 409 first: the officer who lost a race learns that, not a 403.
        if (!Lifecycle.AllowedIn(action).Contains(dossier.Status))
        {
            var notAllowed = RuleViolation.NotAllowedIn(dossier.Status, action);
            return Fail(StatusCodes.Status409Conflict, notAllowed.Code, notAllowed.Detail);
        }
        if (ActionAuthorization.Check(staff, dossier, action, body) is { } denied)
        {
            return Fail(StatusCodes.Status403Forbidden, denied);
        }
        var now = clock.GetUtcNow();
        var errors = ActionValidation.Check(action, body, now);
        if (errors.Count > 0)
        {
            return new(null, CommandFailure.Validation(errors));
        }

        var calendar = await calendars.CurrentAsync(ct);
        var state = dossier.State();
        var violation = Lifecycle.Check(state, action, now, calendar)
            ?? (action == DossierAction.Apologize ? Lifecycle.CheckNewDueDate(state, body.NewDueAt!.Value) : null);
        if (violation is not null)
        {
            return Fail(StatusCodes.Status409Conflict, violation.Code, violation.Detail);
        }

        var from = dossier.Status;
        dossier.Status = Lifecycle.Next(from, action);
        dossier.Version++;
        var effect = await ActionEffects.ApplyAsync(action, new ActionContext(db, dossier, body, staff, now, calendar, ct));
        if (effect.Problem is { } problem)
        {
            return Fail(problem.Status, problem.Code);
        }
        AuditChain.Append(dossier, new AuditChain.Actor(staff.UserId, staff.FullName), action.UrlName(), now,
            from.ToString(), dossier.Status.ToString(), string.IsNullOrWhiteSpace(body.Note) ? null : body.Note.Trim(), effect.AuditData);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(e))
        {
            return Fail(StatusCodes.Status409Conflict, ErrorCodes.ConcurrencyConflict);
        }
        return new(dossier, null);
    }

    private static Outcome Fail(int status, string code, string? detail = null) => new(null, new CommandFailure(status, code, detail));
}

public sealed record ActionContext(MotCuaDb Db, Dossier Dossier, ActionRequest Body, StaffScope.Loaded Staff,
    DateTimeOffset Now, Domain.Calendar.WorkingCalendar Calendar, CancellationToken Ct);
