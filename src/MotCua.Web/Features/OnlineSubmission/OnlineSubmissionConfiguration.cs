using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.OnlineSubmission;

public sealed class OnlineDraftConfiguration : IEntityTypeConfiguration<OnlineDraft>
{
    public void Configure(EntityTypeBuilder<OnlineDraft> builder)
    {
        var e = builder;
        e.HasIndex(x => new { x.UserId, x.UpdatedAt });
        e.Property(x => x.UserId).HasMaxLength(64);
        e.Property(x => x.ApplicantKind).HasMaxLength(20);
        e.Property(x => x.FullName).HasMaxLength(300);
        e.Property(x => x.IdNumber).HasMaxLength(20);
        e.Property(x => x.Phone).HasMaxLength(20);
        e.Property(x => x.Email).HasMaxLength(254);
        e.Property(x => x.Address).HasMaxLength(500);
        e.Property(x => x.Notes).HasMaxLength(2000);
        e.Property(x => x.ReceivingPointCode).HasMaxLength(32);
        e.Property(x => x.CompetentAgencyCode).HasMaxLength(32);
        e.Property(x => x.Language).HasMaxLength(5);
        e.HasOne(x => x.Procedure).WithMany().HasForeignKey(x => x.ProcedureId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class OnlineFileConfiguration : IEntityTypeConfiguration<OnlineFile>
{
    public void Configure(EntityTypeBuilder<OnlineFile> builder)
    {
        var e = builder;
        e.HasIndex(x => x.DraftId);
        e.HasIndex(x => new { x.DossierId, x.ComponentCode });
        e.HasIndex(x => x.OwnerUserId);
        e.HasIndex(x => x.StorageKey);
        e.Property(x => x.OwnerUserId).HasMaxLength(64);
        e.Property(x => x.ComponentCode).HasMaxLength(32);
        e.Property(x => x.StorageKey).HasMaxLength(64);
        e.Property(x => x.ContentType).HasMaxLength(40);
        e.Property(x => x.FileName).HasMaxLength(200);
        e.Ignore(x => x.IsReuse);
        e.HasOne<OnlineDraft>().WithMany().HasForeignKey(x => x.DraftId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Dossier>().WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Restrict);
    }
}
