using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Statistics;
using MotCua.Web.Data;
using MotCua.Web.Features.Administration;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Statistics.Index766;

/// <summary>The form of one administrator figure, as posted (text, checked by <see cref="Index766InputAdmin"/>).</summary>
public sealed class Index766InputForm
{
    public string? Indicator { get; set; }
    /// <summary>An agency id, or empty for the whole province.</summary>
    public string? Unit { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Numerator { get; set; }
    public string? Denominator { get; set; }
    public string? Note { get; set; }
}

/// <summary>
/// Keeps the administrator's table of index figures MotCua does not own. Each change is written to the administration
/// change log in the same save. Error keys are those of the page's strings (Index766AdminPage.strings.json).
/// </summary>
public sealed partial class Index766InputAdmin(MotCuaDb db, OrganisationCache organisation, Index766ModelSource models, TimeProvider clock)
{
    public const string AuditEntity = AdminEntities.Index766Input;

    private sealed record Snapshot(string Indicator, string Unit, string From, string To, long Numerator, long Denominator, string? Note);

    /// <summary>The indicators whose figures come from this table, in any version (the latest version's wording).</summary>
    public IReadOnlyList<Index766Indicator> Indicators() => models.Models.Versions.Reverse()
        .SelectMany(v => v.Indicators).Where(i => i.Source == Index766Source.AdministratorTable)
        .DistinctBy(i => i.Code).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();

    /// <summary>The units an index is computed for: departments first, then communes, each in name order.</summary>
    public async Task<IReadOnlyList<Agency>> UnitsAsync(CancellationToken ct = default)
    {
        var collation = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);
        var tree = await organisation.GetAsync(ct);
        return tree.All.Where(a => StatisticsQueries.IsDepartment(a) || StatisticsQueries.IsCommune(a))
            .OrderBy(a => StatisticsQueries.IsCommune(a)).ThenBy(a => a.Name, collation).ToList();
    }

    public Task<List<Index766AdminInput>> ListAsync(string? indicator, CancellationToken ct = default) =>
        db.Set<Index766AdminInput>().AsNoTracking().Include(r => r.Agency)
            .Where(r => indicator == null || r.IndicatorCode == indicator)
            .OrderBy(r => r.IndicatorCode).ThenBy(r => r.AgencyId == null ? 0 : 1).ThenBy(r => r.Agency!.Name).ThenByDescending(r => r.From)
            .ToListAsync(ct);

    public Task<Index766AdminInput?> FindAsync(int id, CancellationToken ct = default) =>
        db.Set<Index766AdminInput>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>Adds a row (<paramref name="id"/> null) or changes one. Nothing is saved unless the result is Ok.</summary>
    public async Task<AdminResult> SaveAsync(int? id, Index766InputForm form, AdminActor actor, CancellationToken ct = default)
    {
        var result = new AdminResult();
        Index766AdminInput? row = null;
        if (id is not null && (row = await db.Set<Index766AdminInput>().Include(r => r.Agency).FirstOrDefaultAsync(r => r.Id == id, ct)) is null)
        {
            return AdminResult.Failure("", "notFound");
        }
        var code = form.Indicator?.Trim();
        if (string.IsNullOrEmpty(code)) result.Add(nameof(form.Indicator), "required");
        else if (Indicators().All(i => i.Code != code)) result.Add(nameof(form.Indicator), "indicatorUnknown");

        Agency? unit = null;
        if (!string.IsNullOrWhiteSpace(form.Unit))
        {
            var units = await UnitsAsync(ct);
            unit = int.TryParse(form.Unit, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId) ? units.FirstOrDefault(a => a.Id == unitId) : null;
            if (unit is null) result.Add(nameof(form.Unit), "unitUnknown");
        }

        var hasFrom = AdminParse.TryDate(form.From, out var from);
        var hasTo = AdminParse.TryDate(form.To, out var to);
        if (!hasFrom) result.Add(nameof(form.From), string.IsNullOrWhiteSpace(form.From) ? "required" : "dateFormat");
        if (!hasTo) result.Add(nameof(form.To), string.IsNullOrWhiteSpace(form.To) ? "required" : "dateFormat");
        if (hasFrom && hasTo && to < from) result.Add(nameof(form.To), "endBeforeStart");

        var hasNumerator = Count(result, nameof(form.Numerator), form.Numerator, out var numerator);
        var hasDenominator = Count(result, nameof(form.Denominator), form.Denominator, out var denominator);
        if (hasNumerator && hasDenominator && numerator > denominator) result.Add(nameof(form.Numerator), "numeratorAboveDenominator");

        var note = AdminParse.Trimmed(form.Note);
        if (note is { Length: > 500 }) result.Add(nameof(form.Note), "noteTooLong", 500);

        if (result.Ok)
        {
            // Rows of one indicator and unit never overlap: the rows inside a period are added up (Index766AdminRows).
            var unitId = unit?.Id;
            var overlapping = await db.Set<Index766AdminInput>().AsNoTracking()
                .Where(r => r.IndicatorCode == code && r.AgencyId == unitId && r.Id != (id ?? 0) && r.From <= to && r.To >= from)
                .OrderBy(r => r.From).FirstOrDefaultAsync(ct);
            if (overlapping is not null) result.Add(nameof(form.From), "overlap", AdminParse.Date(overlapping.From), AdminParse.Date(overlapping.To));
        }
        if (!result.Ok)
        {
            return result;
        }

        var before = row is null ? null : Snap(row, row.Agency);
        row ??= db.Set<Index766AdminInput>().Add(new Index766AdminInput { IndicatorCode = code! }).Entity;
        row.IndicatorCode = code!;
        row.AgencyId = unit?.Id;
        row.From = from;
        row.To = to;
        row.Numerator = numerator;
        row.Denominator = denominator;
        row.Note = note;
        var now = clock.GetUtcNow();
        var after = Snap(row, unit);
        if (before is not null && before == after)
        {
            return result;
        }
        row.UpdatedAt = now;
        row.UpdatedBy = actor.Name;
        row.UpdatedById = actor.Id;
        AdminAudit.Record(db, actor, now, AuditEntity, Key(after), before, after);
        await db.SaveChangesAsync(ct);
        return result;
    }

    public async Task<AdminResult> DeleteAsync(int id, AdminActor actor, CancellationToken ct = default)
    {
        var row = await db.Set<Index766AdminInput>().Include(r => r.Agency).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (row is null)
        {
            return AdminResult.Failure("", "notFound");
        }
        var before = Snap(row, row.Agency);
        db.Set<Index766AdminInput>().Remove(row);
        AdminAudit.Record(db, actor, clock.GetUtcNow(), AuditEntity, Key(before), before, null);
        await db.SaveChangesAsync(ct);
        return AdminResult.Success;
    }

    /// <summary>
    /// A whole number of dossiers or procedures, 0 or more, as officers write it: 10000, or grouped by thousands in either
    /// language (10.000, 10,000, 10 000). "0,5" is neither a grouping nor a whole number, so it is refused, not read as 5.
    /// </summary>
    private static bool Count(AdminResult result, string field, string? text, out long value)
    {
        value = 0;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            result.Add(field, "required");
            return false;
        }
        if (!WholeNumber().IsMatch(trimmed)
            || !long.TryParse(NotDigit().Replace(trimmed, ""), NumberStyles.None, CultureInfo.InvariantCulture, out value) || value > 1_000_000_000_000)
        {
            result.Add(field, "countFormat");
            return false;
        }
        return true;
    }

    [GeneratedRegex(@"^(\d+|\d{1,3}([.,\u00a0 ]\d{3})+)$")]
    private static partial Regex WholeNumber();

    [GeneratedRegex(@"\D")]
    private static partial Regex NotDigit();

    private static Snapshot Snap(Index766AdminInput row, Agency? unit) =>
        new(row.IndicatorCode, unit?.Code ?? "", AdminParse.Date(row.From), AdminParse.Date(row.To), row.Numerator, row.Denominator, row.Note);

    /// <summary>The key the change log shows: indicator, unit (empty = province) and period.</summary>
    private static string Key(Snapshot s) => $"{s.Indicator} {(s.Unit.Length == 0 ? "*" : s.Unit)} {s.From}..{s.To}";
}
