using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Citizens;

/// <summary>
/// "My dossiers": the dossiers whose <see cref="Dossier.ApplicantUserId"/> is the signed-in citizen, and nothing else —
/// the owner is part of every query, so another citizen's dossier is simply not found.
/// </summary>
public static class CitizenDossiers
{
    public sealed record Summary(string Reference, string ProcedureCode, string ProcedureName, DossierStatus Status, DateTimeOffset ReceivedAt,
        DateTimeOffset? DueAt, DateTimeOffset? DoneAt);

    public sealed record Step(string Name, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt);

    public sealed record Document(string Name, DocumentForm Form, int Count, bool Received);

    public sealed record Supplement(DateTimeOffset RequestedAt, string Items, string Reason, DateTimeOffset? ReceivedAt);

    public sealed record Detail(string Reference, string ProcedureCode, string ProcedureName, string ResultName, DossierStatus Status, Channel Channel,
        string ReceivingPoint, string CompetentAgency, DateTimeOffset ReceivedAt, DateTimeOffset? DueAt, DateTimeOffset? ResultReadyAt,
        DateTimeOffset? ReturnedAt, ReturnMethod? ReturnMethod, string? PostalTrackingNumber, DateTimeOffset? EndedAt, string? EndReasons,
        IReadOnlyList<Step> Steps, IReadOnlyList<Document> Documents, IReadOnlyList<Supplement> Supplements, string? PhoneLast4 = null);

    /// <summary>Newest first.</summary>
    public static async Task<IReadOnlyList<Summary>> ListAsync(MotCuaDb db, string userId, bool english, CancellationToken ct = default)
    {
        var rows = await db.Dossiers.AsNoTracking()
            .Where(d => d.ApplicantUserId == userId)
            .OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Id)
            .Select(d => new { d.Id, d.Code, ProcedureCode = d.Procedure!.Code, Name = english ? d.Procedure.NameEn : d.Procedure.Name, d.Status, d.ReceivedAt, d.DueAt,
                Done = d.ReturnedAt ?? d.EndedAt })
            .Take(500)
            .ToListAsync(ct);
        return rows.Select(r => new Summary(r.Code ?? DossierReference.ForUnaccepted(r.Id), r.ProcedureCode, r.Name, r.Status, r.ReceivedAt, r.DueAt, r.Done)).ToList();
    }

    /// <summary>The citizen's own dossier by its code (or TN-reference), or null — for an unknown one and another's alike.</summary>
    public static async Task<Detail?> FindAsync(MotCuaDb db, string userId, string? reference, bool english, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }
        var mine = db.Dossiers.AsNoTracking().Where(d => d.ApplicantUserId == userId);
        mine = DossierReference.TryParseUnaccepted(reference, out var id) ? mine.Where(d => d.Id == id && d.Code == null) : mine.Where(d => d.Code == reference);
        var d = await mine.Include(x => x.Procedure).Include(x => x.ReceivingPoint).Include(x => x.CompetentAgency)
            .Include(x => x.Steps).Include(x => x.Documents).Include(x => x.SupplementRequests)
            .AsSplitQuery().FirstOrDefaultAsync(ct);
        if (d is null)
        {
            return null;
        }
        return new Detail(d.Reference, d.Procedure!.Code, english ? d.Procedure.NameEn : d.Procedure.Name,
            english ? d.Procedure.ResultNameEn : d.Procedure.ResultName, d.Status, d.Channel,
            d.ReceivingPoint!.LocalName(english), d.CompetentAgency!.LocalName(english), d.ReceivedAt, d.DueAt, d.ResultReadyAt, d.ReturnedAt,
            d.ReturnMethod, d.PostalTrackingNumber, d.EndedAt, d.EndReasons,
            d.Steps.OrderBy(s => s.Index).Select(s => new Step(english ? s.NameEn : s.Name, s.StartedAt, s.CompletedAt)).ToList(),
            d.Documents.OrderBy(x => x.Id).Select(x => new Document(x.Name, x.Form, x.Count, x.Received)).ToList(),
            d.SupplementRequests.OrderByDescending(s => s.RequestedAt).Select(s => new Supplement(s.RequestedAt, s.Items, s.Reason, s.ReceivedAt)).ToList(),
            d.ApplicantPhone is { Length: >= 4 } phone ? phone[^4..] : null);
    }
}
