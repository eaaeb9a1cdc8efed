using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Leader;

/// <param name="DueAt">The due date the dossier was late against: the one before any apology (the statutory one).</param>
/// <param name="FinishedAt">When the result was ready, or the dossier ended without one; null while open.</param>
/// <param name="WorkingDaysLate">Working days from the due day to today (open) or to the finishing day.</param>
/// <param name="NewDueAt">The new date promised in the apology (Form 04), if one was sent.</param>
public sealed record OverdueRow(
    string Code, DossierStatus Status, string ProcedureName, string CompetentAgency, string? HoldingAgency, string? Holder,
    DateTimeOffset ReceivedAt, DateTimeOffset DueAt, DateTimeOffset? FinishedAt, int WorkingDaysLate,
    DateTimeOffset? ApologizedAt, string? ApologyReason, DateTimeOffset? NewDueAt);

public sealed record OverdueReport(IReadOnlyList<OverdueRow> Open, IReadOnlyList<OverdueRow> FinishedLate, bool Truncated);

/// <summary>
/// The overdue list a leader prints: dossiers still open past their due date, and dossiers finished late in the
/// period. "Late" is judged against the due date before any apology: an apology with a new date (Decree 61 Art. 19(9),
/// Form 04) excuses nothing, it is listed beside the dossier.
/// </summary>
public static class OverdueReportQuery
{
    public const int MaxRows = 1000;

    public static async Task<OverdueReport> LoadAsync(MotCuaDb db, LeaderScope scope, LeaderPeriod period, LeaderMoment moment, bool english, CancellationToken ct)
    {
        var now = moment.Now;
        var start = period.Start;
        var end = period.End;
        var withStep = from d in db.Dossiers
                       join s in db.DossierSteps on new { DossierId = d.Id, Index = d.CurrentStep } equals new { s.DossierId, s.Index }
                       select new AtStep { D = d, S = s };
        if (scope.Agencies is { } ids)
        {
            withStep = withStep.Where(x => ids.Contains(x.D.CompetentAgencyId) || ids.Contains(x.S.AgencyId));
        }

        var open = withStep.Where(x => (x.D.Status == DossierStatus.Accepted || x.D.Status == DossierStatus.InProcessing)
            && (x.D.DueAtBeforeApology ?? x.D.DueAt) < now);
        var finished = withStep.Where(x => (x.D.Status == DossierStatus.ResultReady || x.D.Status == DossierStatus.Returned
                || x.D.Status == DossierStatus.Refused || x.D.Status == DossierStatus.Stopped)
            && (x.D.ResultReadyAt ?? x.D.EndedAt) >= start && (x.D.ResultReadyAt ?? x.D.EndedAt) < end
            && (x.D.ResultReadyAt ?? x.D.EndedAt) > (x.D.DueAtBeforeApology ?? x.D.DueAt));

        var openRows = await Project(open.OrderBy(x => x.D.DueAtBeforeApology ?? x.D.DueAt).ThenBy(x => x.D.Id), english).Take(MaxRows + 1).ToListAsync(ct);
        var finishedRows = await Project(finished.OrderBy(x => x.D.ResultReadyAt ?? x.D.EndedAt).ThenBy(x => x.D.Id), english).Take(MaxRows + 1).ToListAsync(ct);
        var names = await LeaderQueries.NamesAsync(db, openRows.Select(r => r.HolderId).OfType<string>(), ct);

        OverdueRow Row(Raw r, bool isOpen)
        {
            var due = r.DueAtBeforeApology ?? r.DueAt ?? r.ReceivedAt;
            var finishedAt = isOpen ? null : r.ResultReadyAt ?? r.EndedAt;
            var late = Math.Max(0, moment.Calendar.WorkingDaysBetween(VietnamTime.LocalDate(due), VietnamTime.LocalDate(finishedAt ?? now)));
            return new OverdueRow(r.Code ?? "", r.Status, r.ProcedureName, r.Competent, isOpen ? r.StepAgency : null,
                isOpen && r.HolderId is not null ? names.GetValueOrDefault(r.HolderId, r.HolderId) : null,
                r.ReceivedAt, due, finishedAt, late, r.ApologizedAt, r.ApologyReason, r.ApologizedAt is null ? null : r.DueAt);
        }
        return new(
            openRows.Take(MaxRows).Select(r => Row(r, true)).ToList(),
            finishedRows.Take(MaxRows).Select(r => Row(r, false)).ToList(),
            openRows.Count > MaxRows || finishedRows.Count > MaxRows);
    }

    private sealed record Raw(
        string? Code, DossierStatus Status, string ProcedureName, string Competent, string StepAgency, string? HolderId,
        DateTimeOffset ReceivedAt, DateTimeOffset? DueAt, DateTimeOffset? DueAtBeforeApology, DateTimeOffset? ResultReadyAt,
        DateTimeOffset? EndedAt, DateTimeOffset? ApologizedAt, string? ApologyReason);

    /// <summary>A dossier with its current step.</summary>
    private sealed class AtStep
    {
        public required Dossiers.Dossier D { get; init; }
        public required Dossiers.DossierStep S { get; init; }
    }

    private static IQueryable<Raw> Project(IQueryable<AtStep> q, bool english) => q.Select(x => new Raw(
        x.D.Code, x.D.Status, english ? x.D.Procedure!.NameEn : x.D.Procedure!.Name,
        english ? x.D.CompetentAgency!.NameEn : x.D.CompetentAgency!.Name, english ? x.S.Agency!.NameEn : x.S.Agency!.Name,
        x.S.AssignedToId ?? (x.S.Index == 0 ? x.D.ReceivedById : null),
        x.D.ReceivedAt, x.D.DueAt, x.D.DueAtBeforeApology, x.D.ResultReadyAt, x.D.EndedAt, x.D.ApologizedAt, x.D.ApologyReason));
}
