using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Seed;

namespace MotCua.Web.Features.Administration;

/// <summary>
/// Editing a published procedure: its basics, document components, fees and internal process. Dossiers already received
/// keep the copy of the process they were given at reception, so an edit applies to dossiers received from now on.
/// </summary>
public sealed class ProcedureAdmin(MotCuaDb db, ProcedureCache procedures, OrganisationCache organisation, TimeProvider clock)
{
    private sealed record DocumentSnapshot(string Code, string Name, string NameEn, DocumentForm Form, int Count, bool Mandatory);
    private sealed record FeeSnapshot(string Name, string NameEn, long Amount, string? Note);
    private sealed record StepSnapshot(string Name, string NameEn, string Role, string Unit, decimal Allotment);
    private sealed record Snapshot(string Code, string Name, string NameEn, string Field, AgencyLevel Level, string? CompetentAgency,
        decimal TimeAmount, TimeUnit TimeUnit, string? Cutoff, string ResultName, string ResultNameEn, ResultKind ResultKind,
        OnlineLevel OnlineLevel, bool BoundaryFree, string LegalBasis, IReadOnlyList<DocumentSnapshot> Documents,
        IReadOnlyList<FeeSnapshot> Fees, IReadOnlyList<StepSnapshot> Steps);

    public static readonly IReadOnlyList<string> StepRoles = [StaffRoles.ReceptionOfficer, StaffRoles.Specialist, StaffRoles.UnitLeader];

    public Task<Procedure?> LoadAsync(string code, CancellationToken ct = default) =>
        db.Procedures.Include(p => p.CompetentAgency).Include(p => p.Documents).Include(p => p.Fees).Include(p => p.Steps)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Code == code, ct);

    public async Task<AdminResult> SaveBasicsAsync(string code, ProcedureBasicsInput input, AdminActor actor, CancellationToken ct = default)
    {
        var p = await LoadAsync(code, ct);
        if (p is null)
        {
            return AdminResult.Failure("", "procedure.notFound");
        }
        var result = new AdminResult();
        AgencyAdmin.Required(result, nameof(input.Name), input.Name, 500);
        AgencyAdmin.Required(result, nameof(input.NameEn), input.NameEn, 500);
        if (!await db.Fields.AnyAsync(f => f.Code == input.FieldCode, ct)) result.Add(nameof(input.FieldCode), "required");
        if (!AdminParse.TryEnum<AgencyLevel>(input.Level, out var level)) result.Add(nameof(input.Level), "required");
        Agency? competent = null;
        var competentCode = AdminParse.Trimmed(input.CompetentAgencyCode);
        if (level == AgencyLevel.Commune && competentCode is not null)
        {
            // A commune procedure is settled by the commune the dossier belongs to, chosen at reception.
            result.Add(nameof(input.CompetentAgencyCode), "procedure.communeHasNoAgency");
        }
        else if (level == AgencyLevel.Province && !result.Has(nameof(input.Level)))
        {
            competent = competentCode is null ? null : await db.Agencies.FirstOrDefaultAsync(a => a.Code == competentCode, ct);
            if (competentCode is null) result.Add(nameof(input.CompetentAgencyCode), "required");
            else if (competent is null) result.Add(nameof(input.CompetentAgencyCode), "agency.unknown", competentCode);
        }
        var time = ParseTime(result, input.TimeAmount, input.TimeUnit, input.Cutoff);
        if (time is not null && !StepSchedule.SumsToStatutoryTime(time, p.Steps.Select(s => s.Allotment)))
        {
            // The time and the process must change together, on the process tab, or the process could not be on time.
            result.Add(nameof(input.TimeAmount), "procedure.timeMismatch", AdminParse.Number(p.Steps.Sum(s => s.Allotment)), p.TimeUnit);
        }
        if (!AdminParse.TryEnum<ResultKind>(input.ResultKind, out var resultKind)) result.Add(nameof(input.ResultKind), "required");
        if (!AdminParse.TryEnum<OnlineLevel>(input.OnlineLevel, out var online)) result.Add(nameof(input.OnlineLevel), "required");
        AgencyAdmin.Required(result, nameof(input.ResultName), input.ResultName, 500);
        AgencyAdmin.Required(result, nameof(input.ResultNameEn), input.ResultNameEn, 500);
        if (!result.Ok)
        {
            return result;
        }
        var before = Snap(p);
        p.Name = input.Name!.Trim();
        p.NameEn = input.NameEn!.Trim();
        p.SearchKey = DemoSeed.SearchKeyOf(p.Code, p.Name, p.NameEn);
        p.FieldCode = input.FieldCode!;
        p.Level = level;
        p.CompetentAgency = competent;
        p.CompetentAgencyId = competent?.Id;
        p.TimeAmount = time!.Amount;
        p.TimeUnit = time.Unit;
        p.Cutoff = time.Cutoff;
        p.ResultName = input.ResultName!.Trim();
        p.ResultNameEn = input.ResultNameEn!.Trim();
        p.ResultKind = resultKind;
        p.OnlineLevel = online;
        p.BoundaryFree = input.BoundaryFree;
        p.LegalBasis = string.Join('\n', (input.LegalBasis ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        await SaveAsync(p, before, actor, ct);
        return result;
    }

    public async Task<AdminResult> SaveDocumentAsync(string code, int? documentId, ProcedureDocumentInput input, AdminActor actor, CancellationToken ct = default)
    {
        var p = await LoadAsync(code, ct);
        var document = documentId is null ? null : p?.Documents.FirstOrDefault(d => d.Id == documentId);
        if (p is null || (documentId is not null && document is null))
        {
            return AdminResult.Failure("", "procedure.notFound");
        }
        var result = new AdminResult();
        var docCode = input.Code?.Trim() ?? "";
        if (docCode.Length == 0) result.Add(nameof(input.Code), "required");
        else if (docCode.Length > 32 || !docCode.All(char.IsAsciiLetterOrDigit)) result.Add(nameof(input.Code), "document.codeFormat");
        else if (p.Documents.Any(d => d.Code.Equals(docCode, StringComparison.OrdinalIgnoreCase) && d != document)) result.Add(nameof(input.Code), "document.codeTaken");
        AgencyAdmin.Required(result, nameof(input.Name), input.Name, 1000);
        AgencyAdmin.Required(result, nameof(input.NameEn), input.NameEn, 1000);
        if (!AdminParse.TryEnum<DocumentForm>(input.Form, out var form)) result.Add(nameof(input.Form), "required");
        if (!int.TryParse(input.Count, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > 99) result.Add(nameof(input.Count), "document.count");
        if (!result.Ok)
        {
            return result;
        }
        var before = Snap(p);
        if (document is null)
        {
            document = new ProcedureDocument { Code = docCode, Name = "", NameEn = "" };
            p.Documents.Add(document);
        }
        document.Code = docCode;
        document.Name = input.Name!.Trim();
        document.NameEn = input.NameEn!.Trim();
        document.Form = form;
        document.Count = count;
        document.Mandatory = input.Mandatory;
        await SaveAsync(p, before, actor, ct);
        return result;
    }

    public async Task<AdminResult> DeleteDocumentAsync(string code, int documentId, AdminActor actor, CancellationToken ct = default)
    {
        var p = await LoadAsync(code, ct);
        var document = p?.Documents.FirstOrDefault(d => d.Id == documentId);
        if (p is null || document is null)
        {
            return AdminResult.Failure("", "procedure.notFound");
        }
        var before = Snap(p);
        p.Documents.Remove(document);
        db.Remove(document);
        await SaveAsync(p, before, actor, ct);
        return AdminResult.Success;
    }

    public async Task<AdminResult> SaveFeeAsync(string code, int? feeId, ProcedureFeeInput input, AdminActor actor, CancellationToken ct = default)
    {
        var p = await LoadAsync(code, ct);
        var fee = feeId is null ? null : p?.Fees.FirstOrDefault(f => f.Id == feeId);
        if (p is null || (feeId is not null && fee is null))
        {
            return AdminResult.Failure("", "procedure.notFound");
        }
        var result = new AdminResult();
        AgencyAdmin.Required(result, nameof(input.Name), input.Name, 500);
        AgencyAdmin.Required(result, nameof(input.NameEn), input.NameEn, 500);
        // Amounts in đồng are typed as 200.000 or 200 000 in Vietnamese; there are no fractions of a đồng.
        var digits = (input.Amount ?? "").Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > 1_000_000_000_000) result.Add(nameof(input.Amount), "fee.amount");
        if (AdminParse.Trimmed(input.Note)?.Length > 1000) result.Add(nameof(input.Note), "tooLong", 1000);
        if (!result.Ok)
        {
            return result;
        }
        var before = Snap(p);
        if (fee is null)
        {
            fee = new ProcedureFee { Name = "", NameEn = "" };
            p.Fees.Add(fee);
        }
        fee.Name = input.Name!.Trim();
        fee.NameEn = input.NameEn!.Trim();
        fee.Amount = amount;
        fee.Note = AdminParse.Trimmed(input.Note);
        await SaveAsync(p, before, actor, ct);
        return result;
    }

    public async Task<AdminResult> DeleteFeeAsync(string code, int feeId, AdminActor actor, CancellationToken ct = default)
    {
        var p = await LoadAsync(code, ct);
        var fee = p?.Fees.FirstOrDefault(f => f.Id == feeId);
        if (p is null || fee is null)
        {
            return AdminResult.Failure("", "procedure.notFound");
        }
        var before = Snap(p);
        p.Fees.Remove(fee);
        db.Remove(fee);
        await SaveAsync(p, before, actor, ct);
        return AdminResult.Success;
    }

    /// <summary>
    /// Replaces the statutory time and the steps together, after <see cref="ProcessTemplate.Validate"/>: received and
    /// returned at the one-stop, processed in between, allotments adding up to the statutory time exactly.
    /// </summary>
    public async Task<AdminResult> SaveProcessAsync(string code, ProcessInput input, AdminActor actor, CancellationToken ct = default)
    {
        var p = await LoadAsync(code, ct);
        if (p is null)
        {
            return AdminResult.Failure("", "procedure.notFound");
        }
        var result = new AdminResult();
        var time = ParseTime(result, input.TimeAmount, input.TimeUnit, input.Cutoff);
        var tree = await organisation.GetAsync(ct);
        var today = VietnamTime.LocalDate(clock.GetUtcNow());
        var units = tree.All.Where(a => a.IsEffectiveOn(today)).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var steps = new List<ProcessStep>();
        for (var i = 0; i < input.Steps.Count; i++)
        {
            var s = input.Steps[i];
            var prefix = $"Steps[{i}].";
            AgencyAdmin.Required(result, prefix + nameof(s.Name), s.Name, 500);
            AgencyAdmin.Required(result, prefix + nameof(s.NameEn), s.NameEn, 500);
            if (!StepRoles.Contains(s.Role ?? "")) result.Add(prefix + nameof(s.Role), "required");
            var unit = s.Unit?.Trim() ?? "";
            if (unit is not (StepUnits.Receiving or StepUnits.Competent) && !units.Contains(unit)) result.Add(prefix + nameof(s.Unit), "process.unit");
            if (!AdminParse.TryDecimal(s.Allotment, out var allotment) || allotment <= 0 || Norm(allotment).Scale > 3 || allotment > 3650)
            {
                result.Add(prefix + nameof(s.Allotment), "process.allotment");
            }
            steps.Add(new ProcessStep { Order = i + 1, Name = s.Name?.Trim() ?? "", NameEn = s.NameEn?.Trim() ?? "", Role = s.Role ?? "", Unit = unit, Allotment = Norm(allotment) });
        }
        if (result.Ok && time is not null)
        {
            var draft = new Procedure { Code = p.Code, Name = p.Name, NameEn = p.NameEn, FieldCode = p.FieldCode, TimeAmount = time.Amount, TimeUnit = time.Unit, Cutoff = time.Cutoff, Steps = steps };
            foreach (var error in ProcessTemplate.Validate(draft, units))
            {
                if (error == "template.allotmentSum")
                {
                    var statutory = time.Unit == TimeUnit.SameDay ? 1m : time.Amount;
                    result.Add(nameof(input.Steps), "process.sum", AdminParse.Number(steps.Sum(s => s.Allotment)), AdminParse.Number(statutory), time.Unit);
                }
                else
                {
                    result.Add(nameof(input.Steps), error);
                }
            }
        }
        if (!result.Ok || time is null)
        {
            return result;
        }
        var before = Snap(p);
        db.RemoveRange(p.Steps);
        p.Steps.Clear();
        p.Steps.AddRange(steps);
        p.TimeAmount = time.Amount;
        p.TimeUnit = time.Unit;
        p.Cutoff = time.Cutoff;
        await SaveAsync(p, before, actor, ct);
        return result;
    }

    /// <summary>The statutory time as typed; a same-day procedure has a cut-off (15:00 unless the procedure says otherwise).</summary>
    private static ProcessingTime? ParseTime(AdminResult result, string? amountText, string? unitText, string? cutoffText)
    {
        var ok = true;
        if (!AdminParse.TryEnum<TimeUnit>(unitText, out var unit))
        {
            result.Add("TimeUnit", "required");
            ok = false;
        }
        if (!AdminParse.TryDecimal(amountText, out var amount) || amount <= 0 || amount > 3650 || Norm(amount).Scale > 2)
        {
            result.Add("TimeAmount", "procedure.timeAmount");
            ok = false;
        }
        else if (ok && unit == TimeUnit.SameDay && amount != 1)
        {
            result.Add("TimeAmount", "procedure.sameDayIsOne");
            ok = false;
        }
        TimeOnly? cutoff = null;
        if (ok && unit == TimeUnit.SameDay)
        {
            var text = AdminParse.Trimmed(cutoffText);
            if (text is null) cutoff = ProcessingTime.DefaultSameDayCutoff;
            else if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var c)) cutoff = c;
            else
            {
                result.Add("Cutoff", "procedure.cutoff");
                ok = false;
            }
        }
        return ok ? new ProcessingTime(Norm(amount), unit, cutoff) : null;
    }

    private async Task SaveAsync(Procedure p, Snapshot before, AdminActor actor, CancellationToken ct)
    {
        if (AdminAudit.Record(db, actor, clock.GetUtcNow(), AdminEntities.Procedure, p.Code, before, Snap(p)))
        {
            await db.SaveChangesAsync(ct);
            procedures.Invalidate();
        }
    }

    private static decimal Norm(decimal d) => d / 1.000000000000000000000000000000000m;

    private static Snapshot Snap(Procedure p) => new(p.Code, p.Name, p.NameEn, p.FieldCode, p.Level, p.CompetentAgency?.Code,
        Norm(p.TimeAmount), p.TimeUnit, ProcessInput.CutoffText(p.Cutoff), p.ResultName, p.ResultNameEn, p.ResultKind, p.OnlineLevel,
        p.BoundaryFree, p.LegalBasis,
        p.Documents.OrderBy(d => d.Code, StringComparer.Ordinal).Select(d => new DocumentSnapshot(d.Code, d.Name, d.NameEn, d.Form, d.Count, d.Mandatory)).ToList(),
        p.Fees.OrderBy(f => f.Id).Select(f => new FeeSnapshot(f.Name, f.NameEn, f.Amount, f.Note)).ToList(),
        p.Steps.OrderBy(s => s.Order).Select(s => new StepSnapshot(s.Name, s.NameEn, s.Role, s.Unit, Norm(s.Allotment))).ToList());
}
