using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Administration;

public sealed class CounterInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? NameEn { get; set; }
    /// <summary>Field code → "true" for each field served (checkboxes; unchecked ones are simply absent).</summary>
    public Dictionary<string, string>? Fields { get; set; }

    public static CounterInput From(Counter c) => new()
    {
        Code = c.Code, Name = c.Name, NameEn = c.NameEn,
        Fields = c.Fields.Split(',', StringSplitOptions.RemoveEmptyEntries).ToDictionary(f => f, _ => "true"),
    };

    public IReadOnlyList<string> SelectedFields() =>
        (Fields ?? []).Where(f => f.Value == "true").Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
}

/// <summary>The counters (quầy) of a reception point: a code unique within it, names, and the fields each serves.</summary>
public sealed class CounterAdmin(MotCuaDb db, TimeProvider clock)
{
    private sealed record Snapshot(string ReceptionPoint, string Code, string Name, string NameEn, string Fields);

    public async Task<AdminResult> SaveAsync(string receptionPointCode, string? existingCode, CounterInput input, AdminActor actor, CancellationToken ct = default)
    {
        var point = await db.Agencies.FirstOrDefaultAsync(a => a.Code == receptionPointCode, ct);
        if (point is null || !point.IsReceptionPoint)
        {
            return AdminResult.Failure("", "counter.notReceptionPoint");
        }
        var counters = await db.Counters.Where(c => c.ReceptionPointId == point.Id).ToListAsync(ct);
        var counter = existingCode is null ? null : counters.FirstOrDefault(c => c.Code == existingCode);
        if (existingCode is not null && counter is null)
        {
            return AdminResult.Failure("", "counter.notFound");
        }
        var result = new AdminResult();
        var code = input.Code?.Trim() ?? "";
        if (code.Length == 0) result.Add(nameof(input.Code), "required");
        else if (code.Length > 32 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')) result.Add(nameof(input.Code), "counter.codeFormat");
        else if (counters.Any(c => c.Code == code && c != counter)) result.Add(nameof(input.Code), "counter.codeTaken");
        AgencyAdmin.Required(result, nameof(input.Name), input.Name, 300);
        AgencyAdmin.Required(result, nameof(input.NameEn), input.NameEn, 300);
        var fields = input.SelectedFields();
        var known = await db.Fields.Select(f => f.Code).ToListAsync(ct);
        if (fields.Except(known).Any()) result.Add(nameof(input.Fields), "counter.unknownField");
        if (!result.Ok)
        {
            return result;
        }
        var before = counter is null ? null : new Snapshot(point.Code, counter.Code, counter.Name, counter.NameEn, counter.Fields);
        if (counter is null)
        {
            counter = new Counter { Code = code, Name = "", NameEn = "", ReceptionPointId = point.Id };
            db.Counters.Add(counter);
        }
        counter.Code = code;
        counter.Name = input.Name!.Trim();
        counter.NameEn = input.NameEn!.Trim();
        counter.Fields = string.Join(',', fields);
        var after = new Snapshot(point.Code, counter.Code, counter.Name, counter.NameEn, counter.Fields);
        if (AdminAudit.Record(db, actor, clock.GetUtcNow(), AdminEntities.Counter, $"{point.Code}/{existingCode ?? code}", before, after))
        {
            await db.SaveChangesAsync(ct);
        }
        return result;
    }

    /// <summary>Officers seated at the counter keep their account; they simply have no counter until given another.</summary>
    public async Task<AdminResult> DeleteAsync(string receptionPointCode, string code, AdminActor actor, CancellationToken ct = default)
    {
        var counter = await db.Counters.Include(c => c.ReceptionPoint)
            .FirstOrDefaultAsync(c => c.ReceptionPoint!.Code == receptionPointCode && c.Code == code, ct);
        if (counter is null)
        {
            return AdminResult.Failure("", "counter.notFound");
        }
        foreach (var user in await db.Users.Where(u => u.CounterId == counter.Id).ToListAsync(ct))
        {
            user.CounterId = null;
        }
        db.Counters.Remove(counter);
        AdminAudit.Record(db, actor, clock.GetUtcNow(), AdminEntities.Counter, $"{receptionPointCode}/{code}",
            new Snapshot(receptionPointCode, counter.Code, counter.Name, counter.NameEn, counter.Fields), null);
        await db.SaveChangesAsync(ct);
        return AdminResult.Success;
    }
}
