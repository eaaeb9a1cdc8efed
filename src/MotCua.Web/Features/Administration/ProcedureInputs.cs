using System.Globalization;
using MotCua.Web.Features.Catalogue;

namespace MotCua.Web.Features.Administration;

public sealed class ProcedureBasicsInput
{
    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public string? FieldCode { get; set; }
    public string? Level { get; set; }
    public string? CompetentAgencyCode { get; set; }
    public string? TimeAmount { get; set; }
    public string? TimeUnit { get; set; }
    public string? Cutoff { get; set; }
    public string? ResultName { get; set; }
    public string? ResultNameEn { get; set; }
    public string? ResultKind { get; set; }
    public string? OnlineLevel { get; set; }
    public bool BoundaryFree { get; set; }
    public string? LegalBasis { get; set; }

    public static ProcedureBasicsInput From(Procedure p) => new()
    {
        Name = p.Name, NameEn = p.NameEn, FieldCode = p.FieldCode, Level = p.Level.ToString(), CompetentAgencyCode = p.CompetentAgency?.Code,
        TimeAmount = AdminParse.Number(p.TimeAmount), TimeUnit = p.TimeUnit.ToString(), Cutoff = ProcessInput.CutoffText(p.Cutoff),
        ResultName = p.ResultName, ResultNameEn = p.ResultNameEn, ResultKind = p.ResultKind.ToString(), OnlineLevel = p.OnlineLevel.ToString(),
        BoundaryFree = p.BoundaryFree, LegalBasis = p.LegalBasis,
    };
}

public sealed class ProcedureDocumentInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public string? Form { get; set; }
    public string? Count { get; set; }
    public bool Mandatory { get; set; }

    public static ProcedureDocumentInput From(ProcedureDocument d) => new()
    {
        Code = d.Code, Name = d.Name, NameEn = d.NameEn, Form = d.Form.ToString(), Count = d.Count.ToString(CultureInfo.InvariantCulture), Mandatory = d.Mandatory,
    };
}

public sealed class ProcedureFeeInput
{
    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public string? Amount { get; set; }
    public string? Note { get; set; }

    public static ProcedureFeeInput From(ProcedureFee f) => new()
    {
        Name = f.Name, NameEn = f.NameEn, Amount = f.Amount.ToString(CultureInfo.InvariantCulture), Note = f.Note,
    };
}

public sealed class StepInput
{
    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public string? Role { get; set; }
    public string? Unit { get; set; }
    public string? Allotment { get; set; }
}

/// <summary>
/// The internal process as edited: the statutory time and the ordered steps. Moving, adding and removing steps only
/// changes this draft (re-rendered from the post, so it works without JavaScript); nothing is stored until it is saved
/// and valid as a whole.
/// </summary>
public sealed class ProcessInput
{
    public string? TimeAmount { get; set; }
    public string? TimeUnit { get; set; }
    public string? Cutoff { get; set; }
    public List<StepInput> Steps { get; set; } = [];
    /// <summary>The button pressed: save, add, up:i, down:i, remove:i.</summary>
    public string? Command { get; set; }

    public static ProcessInput From(Procedure p) => new()
    {
        TimeAmount = AdminParse.Number(p.TimeAmount), TimeUnit = p.TimeUnit.ToString(), Cutoff = CutoffText(p.Cutoff),
        Steps = p.Steps.OrderBy(s => s.Order).Select(s => new StepInput
        {
            Name = s.Name, NameEn = s.NameEn, Role = s.Role, Unit = s.Unit, Allotment = AdminParse.Number(s.Allotment),
        }).ToList(),
    };

    public static string CutoffText(TimeOnly? cutoff) => cutoff?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Applies a draft command; returns the index of the step to focus next, or null for none.</summary>
    public int? Apply(string command)
    {
        var parts = command.Split(':');
        var i = parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        switch (parts[0])
        {
            case "add":
                // A new processing step goes before the last one: the process always ends with the return at the one-stop.
                var at = Math.Max(0, Steps.Count - 1);
                Steps.Insert(at, new StepInput { Role = Organisation.StaffRoles.Specialist, Unit = StepUnits.Competent });
                return at;
            case "up" when i > 0 && i < Steps.Count:
                (Steps[i - 1], Steps[i]) = (Steps[i], Steps[i - 1]);
                return i - 1;
            case "down" when i >= 0 && i < Steps.Count - 1:
                (Steps[i + 1], Steps[i]) = (Steps[i], Steps[i + 1]);
                return i + 1;
            case "remove" when i >= 0 && i < Steps.Count:
                Steps.RemoveAt(i);
                return null;
            default:
                return null;
        }
    }
}
