namespace MotCua.Web.Features.Organisation;

public enum AgencyKind { ProvincialCommittee, Department, Sector, ProvincialCenter, Branch, Commune }

public enum AgencyLevel { Province, Commune }

/// <summary>
/// A unit of the province with its QCVN 102 code. Agencies carry effective dates and a successor because the
/// organisation changes with the law (districts abolished on 1 July 2025, departments merged).
/// </summary>
public sealed class Agency
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    public AgencyKind Kind { get; set; }
    public AgencyLevel Level { get; set; }
    public int? ParentId { get; set; }
    public Agency? Parent { get; set; }
    /// <summary>A one-stop where dossiers are received and results returned (center, branch, commune center).</summary>
    public bool IsReceptionPoint { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public int? SuccessorId { get; set; }
    public Agency? Successor { get; set; }

    public string LocalName(bool english) => english ? NameEn : Name;

    public bool IsEffectiveOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);
}

/// <summary>A counter (quầy) of a reception point, serving some fields.</summary>
public sealed class Counter
{
    public int Id { get; set; }
    public int ReceptionPointId { get; set; }
    public Agency? ReceptionPoint { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    /// <summary>Field codes served, comma-separated.</summary>
    public string Fields { get; set; } = "";
}

/// <summary>A field of procedures (lĩnh vực), e.g. civil status, land, business registration.</summary>
public sealed class Field
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
}
