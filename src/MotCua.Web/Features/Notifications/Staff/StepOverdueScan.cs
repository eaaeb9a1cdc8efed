using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Outbox;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Notifications.Staff;

/// <summary>
/// Finds current steps past their own due time and writes one "staff.step-overdue" event for each (Decree 61 Art. 19:
/// the holder and the unit's leaders must know before the dossier itself is late). The mark on the step and the event are
/// one transaction, and the mark is set only where it is still empty, so several app nodes scanning at once tell each
/// step once. A dossier waiting for the applicant's supplement is skipped: its clock is stopped.
/// </summary>
public sealed class StepOverdueScan(IServiceScopeFactory scopes, WriteGate gate, TimeProvider clock)
{
    private const int Batch = 200;

    /// <summary>Returns the number of steps newly reported.</summary>
    public async Task<int> ScanOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        var now = clock.GetUtcNow();
        var reported = 0;
        while (true)
        {
            var steps = await (from s in db.DossierSteps
                               where s.CompletedAt == null && s.OverdueNoticeAt == null && s.DueAt < now
                               join d in db.Dossiers on s.DossierId equals d.Id
                               where s.Index == d.CurrentStep
                                     && (d.Status == DossierStatus.Accepted || d.Status == DossierStatus.InProcessing || d.Status == DossierStatus.ResultReady)
                               orderby s.Id
                               select new { s.Id, s.DossierId, s.Index, s.Name, s.AgencyId, Holder = s.AssignedToId, s.DueAt, d.Code, d.Status })
                .Take(Batch).ToListAsync(ct);
            foreach (var step in steps)
            {
                using var pass = await gate.EnterAsync(ct);
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var claimed = await db.DossierSteps.Where(s => s.Id == step.Id && s.OverdueNoticeAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.OverdueNoticeAt, now), ct);
                if (claimed == 1)
                {
                    var message = OutboxWriter.Message(step.Code ?? DossierReference.ForUnaccepted(step.DossierId), step.Status.ToString(),
                        OutboxTopics.StepOverdue, now,
                        new { step = step.Index, stepName = step.Name, agencyId = step.AgencyId, holder = step.Holder, dueAt = step.DueAt });
                    message.DossierId = step.DossierId;
                    db.OutboxMessages.Add(message);
                    await db.SaveChangesAsync(ct);
                    reported++;
                }
                await tx.CommitAsync(ct);
                db.ChangeTracker.Clear();
            }
            // Steps another node claimed first drop out of the next query, so the loop ends.
            if (steps.Count < Batch)
            {
                return reported;
            }
        }
    }
}

/// <summary>Runs the scan every Notifications:OverdueScanSeconds (default 5 minutes) where the dispatcher runs.</summary>
public sealed class StepOverdueLoop(StepOverdueScan scan, IOptions<NotificationOptions> options, ILogger<StepOverdueLoop> log) : PeriodicWork(log)
{
    protected override TimeSpan? Period() => options.Value is { DispatcherEnabled: true, OverdueScanSeconds: > 0 } o
        ? TimeSpan.FromSeconds(o.OverdueScanSeconds)
        : null;

    protected override bool RunAtStart => true;

    protected override string FailureMessage => "Overdue step scan failed";

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        var reported = await scan.ScanOnceAsync(ct);
        if (reported > 0)
        {
            log.LogInformation("{Count} overdue steps reported to their holders and unit leaders", reported);
        }
    }
}
