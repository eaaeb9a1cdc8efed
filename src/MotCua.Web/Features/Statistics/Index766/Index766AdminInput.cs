using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Statistics.Index766;

/// <summary>
/// A figure of the Decision 766 index that MotCua cannot count itself (publication in the national procedure database,
/// synchronisation with the national portal, e-results, population data…), as an administrator read it from the
/// national systems: the numerator and denominator of one indicator, for one unit (null = the whole province) and period.
/// Rows of the same indicator and unit never overlap, so the rows inside a period can be added up.
/// </summary>
public sealed class Index766AdminInput
{
    public int Id { get; set; }
    public required string IndicatorCode { get; set; }
    /// <summary>Null: the province's figure, which also stands for every unit that has no row of its own.</summary>
    public int? AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public long Numerator { get; set; }
    public long Denominator { get; set; }
    /// <summary>Where the figure was read (e.g. "Cổng DVCQG, báo cáo 766 ngày 05/10/2025").</summary>
    public string? Note { get; set; }
    public string? UpdatedById { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class Index766AdminInputConfiguration : IEntityTypeConfiguration<Index766AdminInput>
{
    public void Configure(EntityTypeBuilder<Index766AdminInput> builder)
    {
        var e = builder;
        e.ToTable("Index766AdminInputs");
        e.HasIndex(x => new { x.IndicatorCode, x.AgencyId, x.From });
        e.Property(x => x.IndicatorCode).HasMaxLength(16);
        e.Property(x => x.Note).HasMaxLength(500);
        e.Property(x => x.UpdatedById).HasMaxLength(64);
        e.Property(x => x.UpdatedBy).HasMaxLength(200);
        e.HasOne(x => x.Agency).WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
