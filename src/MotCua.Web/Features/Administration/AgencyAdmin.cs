using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Administration;

/// <summary>What the agency form posts; text as typed, checked by <see cref="AgencyAdmin"/>.</summary>
public sealed class AgencyInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public string? Kind { get; set; }
    public string? Level { get; set; }
    public string? ParentCode { get; set; }
    public bool IsReceptionPoint { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? EffectiveFrom { get; set; }
    public string? EffectiveTo { get; set; }
    public string? SuccessorCode { get; set; }

    public static AgencyInput From(Agency a) => new()
    {
        Code = a.Code, Name = a.Name, NameEn = a.NameEn, Kind = a.Kind.ToString(), Level = a.Level.ToString(), ParentCode = a.Parent?.Code,
        IsReceptionPoint = a.IsReceptionPoint, Address = a.Address, Phone = a.Phone, EffectiveFrom = AdminParse.Date(a.EffectiveFrom),
        EffectiveTo = AdminParse.Date(a.EffectiveTo), SuccessorCode = a.Successor?.Code,
    };
}

/// <summary>What still points at an agency, by kind (dossiers, steps, procedures, units below it…), with counts.</summary>
public sealed record AgencyReferences(IReadOnlyDictionary<string, int> Counts)
{
    public bool Any => Counts.Values.Any(c => c > 0);
    public bool HasDossiers => Counts.GetValueOrDefault("dossiers") > 0;
}

/// <summary>
/// Creating, editing and ending agencies. The QCVN 102 code is the agency's identity — it is inside every dossier code the
/// agency issued and in its log book — so it is fixed once created. An agency that anything refers to is never deleted:
/// reorganisations (districts abolished on 1 July 2025, departments merged) end it with an effective-to date and name the
/// successor that takes over its dossiers.
/// </summary>
public sealed class AgencyAdmin(MotCuaDb db, OrganisationCache organisation, TimeProvider clock)
{
    private sealed record Snapshot(string Code, string Name, string NameEn, AgencyKind Kind, AgencyLevel Level, string? Parent,
        bool IsReceptionPoint, string? Address, string? Phone, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string? Successor);

    private static Snapshot Snap(Agency a, IReadOnlyDictionary<int, string> codes) => new(a.Code, a.Name, a.NameEn, a.Kind, a.Level,
        a.ParentId is { } p ? codes[p] : null, a.IsReceptionPoint, a.Address, a.Phone, a.EffectiveFrom, a.EffectiveTo,
        a.SuccessorId is { } s ? codes[s] : null);

    /// <summary>Creates the agency (when <paramref name="existingCode"/> is null) or updates it.</summary>
    public async Task<AdminResult> SaveAsync(string? existingCode, AgencyInput input, AdminActor actor, CancellationToken ct = default)
    {
        var all = await db.Agencies.ToListAsync(ct);
        var codes = all.ToDictionary(a => a.Id, a => a.Code);
        var agency = existingCode is null ? null : all.FirstOrDefault(a => a.Code == existingCode);
        if (existingCode is not null && agency is null)
        {
            return AdminResult.Failure("", "agency.notFound");
        }
        var result = new AdminResult();
        var code = agency?.Code ?? input.Code?.Trim() ?? "";
        if (agency is null)
        {
            if (code.Length == 0) result.Add(nameof(input.Code), "required");
            else if (!DossierCode.IsAgencyCode(code)) result.Add(nameof(input.Code), "agency.codeFormat");
            else if (all.Any(a => a.Code == code)) result.Add(nameof(input.Code), "agency.codeTaken");
        }
        Required(result, nameof(input.Name), input.Name, 300);
        Required(result, nameof(input.NameEn), input.NameEn, 300);
        if (!AdminParse.TryEnum<AgencyKind>(input.Kind, out var kind)) result.Add(nameof(input.Kind), "required");
        if (!AdminParse.TryEnum<AgencyLevel>(input.Level, out var level)) result.Add(nameof(input.Level), "required");
        else if (!result.Has(nameof(input.Kind)) && (kind == AgencyKind.Commune) != (level == AgencyLevel.Commune))
        {
            result.Add(nameof(input.Level), "agency.levelMatchesKind");
        }
        if (AdminParse.Trimmed(input.Address)?.Length > 500) result.Add(nameof(input.Address), "tooLong", 500);
        if (AdminParse.Trimmed(input.Phone) is { } phone && (phone.Length > 20 || !phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '+' or '(' or ')' or '-')))
        {
            result.Add(nameof(input.Phone), "phoneFormat");
        }
        var parent = Find(all, input.ParentCode, result, nameof(input.ParentCode));
        if (parent is not null && agency is not null && IsSelfOrBelow(parent, agency, all))
        {
            result.Add(nameof(input.ParentCode), "agency.parentCycle");
        }
        if (!AdminParse.TryDate(input.EffectiveFrom, out var from)) result.Add(nameof(input.EffectiveFrom), "dateFormat");
        DateOnly? to = null;
        if (AdminParse.Trimmed(input.EffectiveTo) is not null)
        {
            if (!AdminParse.TryDate(input.EffectiveTo, out var t)) result.Add(nameof(input.EffectiveTo), "dateFormat");
            else if (!result.Has(nameof(input.EffectiveFrom)) && t < from) result.Add(nameof(input.EffectiveTo), "agency.toBeforeFrom");
            else to = t;
        }
        var successor = Find(all, input.SuccessorCode, result, nameof(input.SuccessorCode));
        if (successor is not null)
        {
            if (successor.Code == code) result.Add(nameof(input.SuccessorCode), "agency.successorSelf");
            else if (to is null) result.Add(nameof(input.SuccessorCode), "agency.successorNeedsEnd");
            else if (!successor.IsEffectiveOn(to.Value.AddDays(1))) result.Add(nameof(input.SuccessorCode), "agency.successorNotInEffect", AdminParse.Date(to.Value.AddDays(1)));
        }
        if (agency is not null && to is not null && successor is null && (await ReferencesAsync(agency, ct)).HasDossiers)
        {
            // Decree 61/2018 Art. 15: dossiers already received must still be settled by someone when the agency ends.
            result.Add(nameof(input.SuccessorCode), "agency.successorRequired");
        }
        if (agency is not null && agency.IsReceptionPoint && !input.IsReceptionPoint && await db.Counters.AnyAsync(c => c.ReceptionPointId == agency.Id, ct))
        {
            result.Add(nameof(input.IsReceptionPoint), "agency.hasCounters");
        }
        if (!result.Ok)
        {
            return result;
        }

        var before = agency is null ? null : Snap(agency, codes);
        if (agency is null)
        {
            agency = new Agency { Code = code, Name = "", NameEn = "" };
            db.Agencies.Add(agency);
        }
        agency.Name = input.Name!.Trim();
        agency.NameEn = input.NameEn!.Trim();
        agency.Kind = kind;
        agency.Level = level;
        agency.Parent = parent;
        agency.ParentId = parent?.Id;
        agency.IsReceptionPoint = input.IsReceptionPoint;
        agency.Address = AdminParse.Trimmed(input.Address);
        agency.Phone = AdminParse.Trimmed(input.Phone);
        agency.EffectiveFrom = from;
        agency.EffectiveTo = to;
        agency.Successor = successor;
        agency.SuccessorId = successor?.Id;
        var after = new Snapshot(agency.Code, agency.Name, agency.NameEn, kind, level, parent?.Code, agency.IsReceptionPoint, agency.Address,
            agency.Phone, from, to, successor?.Code);
        if (AdminAudit.Record(db, actor, clock.GetUtcNow(), AdminEntities.Agency, code, before, after))
        {
            await db.SaveChangesAsync(ct);
            organisation.Invalidate();
        }
        return result;
    }

    /// <summary>Deletes an agency nothing refers to (one created by mistake); any other is ended instead.</summary>
    public async Task<AdminResult> DeleteAsync(string code, AdminActor actor, CancellationToken ct = default)
    {
        var agency = await db.Agencies.Include(a => a.Parent).Include(a => a.Successor).FirstOrDefaultAsync(a => a.Code == code, ct);
        if (agency is null)
        {
            return AdminResult.Failure("", "agency.notFound");
        }
        var references = await ReferencesAsync(agency, ct);
        if (references.Any)
        {
            return AdminResult.Failure("", references.HasDossiers ? "agency.deleteHasDossiers" : "agency.deleteReferenced");
        }
        var before = new Snapshot(agency.Code, agency.Name, agency.NameEn, agency.Kind, agency.Level, agency.Parent?.Code, agency.IsReceptionPoint,
            agency.Address, agency.Phone, agency.EffectiveFrom, agency.EffectiveTo, agency.Successor?.Code);
        db.Agencies.Remove(agency);
        AdminAudit.Record(db, actor, clock.GetUtcNow(), AdminEntities.Agency, code, before, null);
        await db.SaveChangesAsync(ct);
        organisation.Invalidate();
        return AdminResult.Success;
    }

    public async Task<AgencyReferences> ReferencesAsync(Agency agency, CancellationToken ct = default)
    {
        var id = agency.Id;
        var code = agency.Code;
        var counts = new Dictionary<string, int>
        {
            ["dossiers"] = await db.Dossiers.CountAsync(d => d.ReceivingPointId == id || d.CompetentAgencyId == id, ct)
                + await db.DossierSteps.CountAsync(s => s.AgencyId == id, ct)
                + await db.Consultations.CountAsync(c => c.ToAgencyId == id || c.FromAgencyId == id, ct)
                + await db.DossierCodeSequences.CountAsync(s => s.AgencyCode == code, ct),
            ["procedures"] = await db.Procedures.CountAsync(p => p.CompetentAgencyId == id, ct)
                + await db.Set<ProcessStep>().CountAsync(s => s.Unit == code, ct),
            ["agencies"] = await db.Agencies.CountAsync(a => a.ParentId == id || a.SuccessorId == id, ct),
            ["counters"] = await db.Counters.CountAsync(c => c.ReceptionPointId == id, ct),
            ["staff"] = await db.StaffAgencies.CountAsync(s => s.AgencyId == id, ct),
        };
        return new AgencyReferences(counts);
    }

    private static Agency? Find(List<Agency> all, string? code, AdminResult result, string field)
    {
        var wanted = AdminParse.Trimmed(code);
        if (wanted is null)
        {
            return null;
        }
        var found = all.FirstOrDefault(a => a.Code == wanted);
        if (found is null)
        {
            result.Add(field, "agency.unknown", wanted);
        }
        return found;
    }

    private static bool IsSelfOrBelow(Agency candidate, Agency agency, List<Agency> all)
    {
        var hops = 0;
        for (var a = candidate; a is not null && hops <= all.Count; a = a.ParentId is { } p ? all.FirstOrDefault(x => x.Id == p) : null, hops++)
        {
            if (a.Id == agency.Id)
            {
                return true;
            }
        }
        return false;
    }

    internal static void Required(AdminResult result, string field, string? value, int max)
    {
        var text = AdminParse.Trimmed(value);
        if (text is null) result.Add(field, "required");
        else if (text.Length > max) result.Add(field, "tooLong", max);
    }
}
