using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Catalogue;

namespace MotCua.Web.Features.Dossiers;

/// <summary>Copies a procedure's internal process onto a dossier and keeps its per-step due times.</summary>
public static class ProcessPlan
{
    /// <summary>The dossier's own steps, each done at a concrete agency, due by its cumulative share of the time.</summary>
    public static List<DossierStep> Create(Procedure procedure, int receivingPointId, int competentAgencyId,
        IReadOnlyDictionary<string, int> agencyIdsByCode, DateTimeOffset start, WorkingCalendar calendar)
    {
        var ordered = procedure.Steps.OrderBy(s => s.Order).ToList();
        var dues = StepSchedule.Compute(start, procedure.ProcessingTime, ordered.Select(s => s.Allotment).ToList(), calendar);
        var steps = ordered.Select((s, i) => new DossierStep
        {
            Index = i,
            Name = s.Name,
            NameEn = s.NameEn,
            Role = s.Role,
            Allotment = s.Allotment,
            AgencyId = s.Unit switch
            {
                StepUnits.Receiving => receivingPointId,
                StepUnits.Competent => competentAgencyId,
                var code => agencyIdsByCode[code],
            },
            DueAt = dues[i],
        }).ToList();
        // Decree 61 Art. 18: a paper dossier is transferred the same working day, or at the start of the next one when
        // received after 15:00 — the reception step is due by whichever comes first.
        var transfer = calendar.TransferDeadline(start);
        if (transfer < steps[0].DueAt)
        {
            steps[0].DueAt = transfer;
        }
        steps[0].StartedAt = start;
        return steps;
    }

    /// <summary>
    /// Art. 19(4): once the complete supplement arrives the statutory time restarts from zero: the dossier gets a new
    /// due date, and each remaining step the due time of its cumulative share counted from the restart. The time and
    /// the shares are the dossier's own (copied at reception), never the procedure's current template.
    /// </summary>
    public static DateTimeOffset Restart(Dossier dossier, DateTimeOffset restartAt, WorkingCalendar calendar)
    {
        var ordered = dossier.Steps.OrderBy(s => s.Index).ToList();
        var dues = StepSchedule.Compute(restartAt, dossier.ProcessingTime, ordered.Select(s => s.Allotment).ToList(), calendar);
        foreach (var (step, due) in ordered.Zip(dues).Where(p => p.First.Index >= dossier.CurrentStep))
        {
            step.DueAt = due;
        }
        return dues[^1];
    }
}
