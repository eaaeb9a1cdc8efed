using MotCua.Domain.Calendar;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Catalogue;

public enum OnlineLevel { None, Partial, Full }

public enum ResultKind { Paper, Electronic, Both }

public enum DocumentForm { Original, Copy, CertifiedCopy, Presented }

/// <summary>
/// An administrative procedure (thủ tục hành chính) as published in the national database, with its statutory time,
/// fees, document components and the internal process (quy trình nội bộ) whose allotments sum to the statutory time.
/// </summary>
public sealed class Procedure
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    /// <summary>Name and code folded for diacritics- and case-insensitive search.</summary>
    public string SearchKey { get; set; } = "";
    public required string FieldCode { get; set; }
    public AgencyLevel Level { get; set; }
    /// <summary>The competent agency; null for commune-level procedures, where it is the dossier's commune.</summary>
    public int? CompetentAgencyId { get; set; }
    public Agency? CompetentAgency { get; set; }
    public decimal TimeAmount { get; set; }
    public TimeUnit TimeUnit { get; set; }
    public TimeOnly? Cutoff { get; set; }
    public string ResultName { get; set; } = "";
    public string ResultNameEn { get; set; } = "";
    public ResultKind ResultKind { get; set; }
    public OnlineLevel OnlineLevel { get; set; }
    /// <summary>May be submitted and collected at any one-stop of the province (Decree 118/2025).</summary>
    public bool BoundaryFree { get; set; }
    /// <summary>Legal basis, one reference a line.</summary>
    public string LegalBasis { get; set; } = "";
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public List<ProcedureFee> Fees { get; set; } = [];
    public List<ProcedureDocument> Documents { get; set; } = [];
    public List<ProcessStep> Steps { get; set; } = [];

    public ProcessingTime ProcessingTime => new(TimeAmount, TimeUnit, Cutoff);
}

public sealed class ProcedureFee
{
    public int Id { get; set; }
    public int ProcedureId { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    /// <summary>In Vietnamese đồng.</summary>
    public long Amount { get; set; }
    public string? Note { get; set; }
}

/// <summary>A document component (thành phần hồ sơ) the applicant submits.</summary>
public sealed class ProcedureDocument
{
    public int Id { get; set; }
    public int ProcedureId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    public DocumentForm Form { get; set; }
    public int Count { get; set; } = 1;
    public bool Mandatory { get; set; }
}

/// <summary>Where a step of the internal process is done.</summary>
public static class StepUnits
{
    /// <summary>The one-stop that received the dossier.</summary>
    public const string Receiving = "Receiving";
    /// <summary>The procedure's competent agency (or the dossier's commune).</summary>
    public const string Competent = "Competent";
}

public sealed class ProcessStep
{
    public int Id { get; set; }
    public int ProcedureId { get; set; }
    public int Order { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    public required string Role { get; set; }
    /// <summary><see cref="StepUnits.Receiving"/>, <see cref="StepUnits.Competent"/> or an agency code.</summary>
    public required string Unit { get; set; }
    /// <summary>Share of the statutory time, in the procedure's unit.</summary>
    public decimal Allotment { get; set; }
}
