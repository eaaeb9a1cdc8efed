using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Statistics;

public sealed class DossierFactConfiguration : IEntityTypeConfiguration<DossierFact>
{
    public void Configure(EntityTypeBuilder<DossierFact> builder)
    {
        var e = builder;
        e.HasKey(x => x.DossierId);
        e.Property(x => x.DossierId).ValueGeneratedNever();
        e.Property(x => x.Code).HasMaxLength(40);
        e.Property(x => x.FieldCode).HasMaxLength(32);
        // Drill-down lists: a period's days province-wide, or a unit's days. The roll-up is moved by deltas computed in C#,
        // so no index serves its maintenance; each index costs every write of the rebuild.
        e.HasIndex(x => new { x.ReceivedDay, x.AgencyId });
        e.HasIndex(x => new { x.EndDay, x.AgencyId });
        e.HasIndex(x => new { x.AgencyId, x.ReceivedDay });
        e.HasIndex(x => x.RatedDay).HasFilter("\"RatedDay\" IS NOT NULL");
        // The dossiers open now, judged live for a period not yet over: a few per cent of all facts.
        e.HasIndex(x => new { x.AgencyId, x.ProcedureId, x.OverdueAfter }).HasFilter("\"EndDay\" IS NULL").HasDatabaseName("IX_DossierFacts_Open");
        // No foreign key to the dossier: dossiers are never deleted (their audit chain must stay), and a key checked on
        // each of millions of rows would double the rebuild's writes.
    }
}

public sealed class OpenSpanRowConfiguration : IEntityTypeConfiguration<OpenSpanRow>
{
    public void Configure(EntityTypeBuilder<OpenSpanRow> builder)
    {
        var e = builder;
        e.ToTable("OpenSpans");
        e.HasIndex(x => x.DossierId);
        // "Open at the end of day D" = spans with FromDay <= D <= ToDay: ToDay first, so a recent D reads recent spans only.
        e.HasIndex(x => new { x.ToDay, x.FromDay, x.AgencyId });
    }
}

public sealed class StatisticsChangeConfiguration : IEntityTypeConfiguration<StatisticsChange>
{
    public void Configure(EntityTypeBuilder<StatisticsChange> builder)
    {
        var e = builder;
        e.ToTable("StatisticsChanges");
        e.HasOne(x => x.Dossier).WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DailyStatConfiguration : IEntityTypeConfiguration<DailyStat>
{
    public void Configure(EntityTypeBuilder<DailyStat> builder)
    {
        var e = builder;
        e.ToTable("DailyStats");
        e.HasKey(x => new { x.Day, x.AgencyId, x.ProcedureId });
        // Procedure 0 holds each agency's all-procedures row: a province quarter reads days × agencies rows, not × procedures.
        e.HasIndex(x => new { x.ProcedureId, x.Day });
        // One unit's month reads its own rows only.
        e.HasIndex(x => new { x.AgencyId, x.ProcedureId, x.Day });
    }
}

public sealed class StatisticsMarkConfiguration : IEntityTypeConfiguration<StatisticsMark>
{
    public void Configure(EntityTypeBuilder<StatisticsMark> builder)
    {
        builder.ToTable("StatisticsMarks");
        builder.HasKey(x => x.Name);
        builder.Property(x => x.Name).HasMaxLength(40);
    }
}
