using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Outbox;

namespace MotCua.Web.Features.Dossiers;

/// <summary>What each allowed action changes on the dossier. The status change and the audit entry are the caller's.</summary>
public static class ActionEffects
{
    public sealed record Effect(object? AuditData = null, (int Status, string Code)? Problem = null);

    private static readonly Effect Done = new();

    public static Task<Effect> ApplyAsync(DossierAction action, ActionContext c) => action switch
    {
        DossierAction.Transfer => Sync(() => Transfer(c)),
        DossierAction.Assign => Assign(c),
        DossierAction.Forward => Sync(() => Forward(c)),
        DossierAction.Consult => Consult(c),
        DossierAction.AnswerConsultation => Sync(() => AnswerConsultation(c)),
        DossierAction.RequestSupplement => Sync(() => RequestSupplement(c)),
        DossierAction.ReceiveSupplement => Sync(() => ReceiveSupplement(c)),
        DossierAction.Refuse => Sync(() => End(c, OutboxTopics.Refused, c.Body.Reasons)),
        DossierAction.Stop => Sync(() => End(c, OutboxTopics.Stopped, c.Body.Reasons)),
        DossierAction.Withdraw => Sync(() => End(c, OutboxTopics.Withdrawn, c.Body.Reasons)),
        DossierAction.Apologize => Sync(() => Apologize(c)),
        DossierAction.ResultReady => Sync(() => ResultReady(c)),
        DossierAction.NotifyEarlyReturn => Sync(() => NotifyEarlyReturn(c)),
        DossierAction.Return => Sync(() => Return(c)),
    };

    private static Task<Effect> Sync(Func<Effect> f) => Task.FromResult(f());

    private static DossierStep Current(ActionContext c) => c.Dossier.Steps.Single(s => s.Index == c.Dossier.CurrentStep);

    /// <summary>The handover of the control slip: who finished the step, when, and early / on time / late.</summary>
    private static DossierStep CompleteCurrentStep(ActionContext c)
    {
        var step = Current(c);
        step.CompletedAt = c.Now;
        step.CompletedById = c.Staff.UserId;
        step.Result = c.Calendar.Judge(c.Now, step.DueAt);
        step.Note = string.IsNullOrWhiteSpace(c.Body.Note) ? step.Note : c.Body.Note.Trim();
        return step;
    }

    private static void StartStep(ActionContext c, int index)
    {
        c.Dossier.CurrentStep = index;
        var next = c.Dossier.Steps.Single(s => s.Index == index);
        next.StartedAt = c.Now;
        next.StartedById = c.Staff.UserId;
    }

    private static Effect Transfer(ActionContext c)
    {
        var step = CompleteCurrentStep(c);
        c.Dossier.TransferredAt = c.Now;
        StartStep(c, c.Dossier.CurrentStep + 1);
        return new(new { step = step.Index, result = step.Result?.ToString() });
    }

    private static async Task<Effect> Assign(ActionContext c)
    {
        var step = Current(c);
        var email = c.Body.AssigneeEmail!.Trim().ToUpperInvariant();
        var assignee = await c.Db.Users.AsNoTracking().Where(u => u.NormalizedEmail == email)
            .Select(u => new { u.Id, u.FullName, Agencies = u.Agencies.Select(a => a.AgencyId).ToList() }).FirstOrDefaultAsync(c.Ct);
        if (assignee is null)
        {
            return new(Problem: (StatusCodes.Status422UnprocessableEntity, "assignee-unknown"));
        }
        var roles = await (from ur in c.Db.UserRoles
                           join r in c.Db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == assignee.Id
                           select r.Name).ToListAsync(c.Ct);
        if (!assignee.Agencies.Contains(step.AgencyId) || !(roles.Contains(step.Role) || roles.Contains(StaffRoles.UnitLeader)))
        {
            return new(Problem: (StatusCodes.Status422UnprocessableEntity, "assignee-not-in-unit"));
        }
        step.AssignedToId = assignee.Id;
        OutboxWriter.Add(c.Dossier, OutboxTopics.Assigned, c.Now, new { assignee = assignee.Id, step = step.Index });
        return new(new { step = step.Index, assignee = assignee.FullName });
    }

    private static Effect Forward(ActionContext c)
    {
        var step = CompleteCurrentStep(c);
        StartStep(c, c.Dossier.CurrentStep + 1);
        return new(new { step = step.Index, result = step.Result?.ToString(), next = c.Dossier.CurrentStep });
    }

    private static async Task<Effect> Consult(ActionContext c)
    {
        var code = c.Body.AgencyCode!.Trim();
        var agency = await c.Db.Agencies.FirstOrDefaultAsync(a => a.Code == code, c.Ct);
        var step = Current(c);
        if (agency is null || agency.Id == step.AgencyId)
        {
            return new(Problem: (StatusCodes.Status422UnprocessableEntity, "consulted-agency-invalid"));
        }
        var due = c.Body.DueAt ?? c.Calendar.AddWorkingDays(c.Now, c.Body.DueInWorkingDays ?? 2);
        if (due <= c.Now)
        {
            return new(Problem: (StatusCodes.Status422UnprocessableEntity, "consultation-due-in-past"));
        }
        c.Dossier.Consultations.Add(new Consultation
        {
            FromAgencyId = step.AgencyId, ToAgencyId = agency.Id, ToAgency = agency, Question = c.Body.Question!.Trim(),
            RequestedAt = c.Now, RequestedById = c.Staff.UserId, DueAt = due,
        });
        OutboxWriter.Add(c.Dossier, OutboxTopics.ConsultationRequested, c.Now, new { agency = agency.Code, dueAt = due });
        return new(new { agency = agency.Code, dueAt = due });
    }

    private static Effect AnswerConsultation(ActionContext c)
    {
        var consultation = c.Dossier.Consultations
            .Where(x => x.AnsweredAt is null && (c.Body.ConsultationId is null || x.Id == c.Body.ConsultationId))
            .First(x => c.Staff.Agencies.Contains(x.ToAgencyId));
        consultation.AnsweredAt = c.Now;
        consultation.AnsweredById = c.Staff.UserId;
        consultation.Answer = c.Body.Answer!.Trim();
        // Art. 19(5): a late answer is reported to the head of the one-stop; it stays marked on the dossier.
        consultation.Late = c.Now > consultation.DueAt;
        if (consultation.Late)
        {
            OutboxWriter.Add(c.Dossier, OutboxTopics.ConsultationAnsweredLate, c.Now, new { consultation = consultation.Id, dueAt = consultation.DueAt });
        }
        return new(new { consultation = consultation.Id, late = consultation.Late });
    }

    private static Effect RequestSupplement(ActionContext c)
    {
        var items = c.Body.Items!.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();
        c.Dossier.SupplementRequests.Add(new SupplementRequest
        {
            RequestedAt = c.Now, RequestedById = c.Staff.UserId, Items = string.Join('\n', items), Reason = c.Body.Reason!.Trim(),
        });
        c.Dossier.SupplementCount++;
        OutboxWriter.Add(c.Dossier, OutboxTopics.SupplementRequired, c.Now, new { items });
        return new(new { items, reason = c.Body.Reason });
    }

    private static Effect ReceiveSupplement(ActionContext c)
    {
        var request = c.Dossier.SupplementRequests.Where(r => r.ReceivedAt is null && !r.AtIntake).OrderByDescending(r => r.Id).FirstOrDefault();
        if (request is not null)
        {
            request.ReceivedAt = c.Now;
        }
        c.Dossier.ClockStartedAt = c.Now;
        c.Dossier.DueAt = ProcessPlan.Restart(c.Dossier, c.Now, c.Calendar);
        OutboxWriter.Add(c.Dossier, OutboxTopics.DossierReceived, c.Now, new { restarted = true, dueAt = c.Dossier.DueAt });
        return new(new { dueAt = c.Dossier.DueAt });
    }

    private static Effect End(ActionContext c, string topic, string[]? reasons)
    {
        var list = (reasons ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();
        c.Dossier.EndReasons = list.Count > 0 ? string.Join('\n', list) : null;
        c.Dossier.EndedAt = c.Now;
        OutboxWriter.Add(c.Dossier, topic, c.Now, new { reasons = list });
        return new(new { reasons = list });
    }

    private static Effect Apologize(ActionContext c)
    {
        var d = c.Dossier;
        d.DueAtBeforeApology = d.DueAt;
        d.DueAt = c.Body.NewDueAt!.Value.ToUniversalTime();
        d.ApologizedAt = c.Now;
        d.ApologizedById = c.Staff.UserId;
        d.ApologyReason = c.Body.Reason!.Trim();
        var last = d.Steps.OrderBy(s => s.Index).Last();
        last.DueAt = d.DueAt.Value;
        OutboxWriter.Add(d, OutboxTopics.Apology, c.Now, new { newDueAt = d.DueAt, reason = d.ApologyReason });
        return new(new { previousDueAt = d.DueAtBeforeApology, newDueAt = d.DueAt, reason = d.ApologyReason });
    }

    private static Effect ResultReady(ActionContext c)
    {
        var step = CompleteCurrentStep(c);
        c.Dossier.ResultReadyAt = c.Now;
        StartStep(c, c.Dossier.CurrentStep + 1);
        OutboxWriter.Add(c.Dossier, OutboxTopics.ResultReady, c.Now, new { early = c.Now < c.Dossier.DueAt });
        return new(new { step = step.Index, result = step.Result?.ToString() });
    }

    private static Effect NotifyEarlyReturn(ActionContext c)
    {
        c.Dossier.EarlyReturnNotifiedAt = c.Now;
        OutboxWriter.Add(c.Dossier, OutboxTopics.EarlyResult, c.Now, new { dueAt = c.Dossier.DueAt });
        return Done;
    }

    private static Effect Return(ActionContext c)
    {
        var step = CompleteCurrentStep(c);
        var d = c.Dossier;
        d.ReturnMethod = Enum.Parse<ReturnMethod>(c.Body.Method!, ignoreCase: true);
        d.PostalTrackingNumber = d.ReturnMethod == ReturnMethod.Post ? c.Body.TrackingNumber!.Trim() : null;
        d.ReturnedAt = c.Now;
        d.EndedAt = c.Now;
        OutboxWriter.Add(d, OutboxTopics.Returned, c.Now, new { method = d.ReturnMethod.ToString() });
        return new(new { method = d.ReturnMethod.ToString(), tracking = d.PostalTrackingNumber, result = step.Result?.ToString() });
    }
}
