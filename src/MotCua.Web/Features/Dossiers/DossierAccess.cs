using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Auth;

namespace MotCua.Web.Features.Dossiers;

/// <summary>Finds a dossier by code (or TN- reference) and decides whether the signed-in staff member may see it.</summary>
public static class DossierAccess
{
    public static IQueryable<Dossier> WithEverything(this IQueryable<Dossier> q) => q
        .Include(d => d.Procedure).ThenInclude(p => p!.Steps)
        .Include(d => d.ReceivingPoint)
        .Include(d => d.CompetentAgency)
        .Include(d => d.Steps).ThenInclude(s => s.Agency)
        .Include(d => d.Documents)
        .Include(d => d.Consultations).ThenInclude(c => c.ToAgency)
        .Include(d => d.SupplementRequests)
        .AsSplitQuery();

    public static Task<Dossier?> FindAsync(MotCuaDb db, string reference, CancellationToken ct, bool tracking = false)
    {
        var q = tracking ? db.Dossiers.WithEverything() : db.Dossiers.WithEverything().AsNoTracking();
        return DossierReference.TryParseUnaccepted(reference, out var id)
            ? q.FirstOrDefaultAsync(d => d.Id == id && d.Code == null, ct)
            : q.FirstOrDefaultAsync(d => d.Code == reference, ct);
    }

    /// <summary>
    /// Staff see a dossier when they act for the agency that received it, decides it, holds one of its steps or is
    /// consulted on it (or for a unit above those); the administrator and the center supervisor see the province.
    /// </summary>
    public static bool CanRead(StaffScope.Loaded staff, Dossier d) =>
        StaffScope.SeesEverything(staff)
        || staff.Agencies.Contains(d.ReceivingPointId)
        || staff.Agencies.Contains(d.CompetentAgencyId)
        || d.Steps.Any(s => staff.Agencies.Contains(s.AgencyId))
        || d.Consultations.Any(c => staff.Agencies.Contains(c.ToAgencyId));

    public static async Task<Dictionary<string, string>> UserNamesAsync(MotCuaDb db, Dossier d, CancellationToken ct)
    {
        var ids = d.Steps.SelectMany(s => new[] { s.AssignedToId, s.CompletedById, s.StartedById })
            .Append(d.ReceivedById).Append(d.ApologizedById).Concat(d.SupplementRequests.Select(r => r.RequestedById)).Where(id => id is not null).Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
    }
}

public static class DossierForms
{
    public const string Receipt = "01";
    public const string SupplementRequest = "02";
    public const string Refusal = "03";
    public const string Apology = "04";
    public const string ControlSlip = "05";

    /// <summary>The forms of Circular 01/2018 that this dossier's history has produced.</summary>
    public static IReadOnlyList<string> Applicable(Dossier d)
    {
        var forms = new List<string>();
        if (d.Code is not null) forms.Add(Receipt);
        if (d.SupplementRequests.Count > 0) forms.Add(SupplementRequest);
        if (d.Status is Domain.Dossiers.DossierStatus.Refused or Domain.Dossiers.DossierStatus.RefusedAtIntake) forms.Add(Refusal);
        if (d.ApologizedAt is not null) forms.Add(Apology);
        if (d.Code is not null) forms.Add(ControlSlip);
        return forms;
    }
}
