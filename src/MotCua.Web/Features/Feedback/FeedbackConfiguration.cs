using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Web.Features.Feedback;

public sealed class FeedbackCaseConfiguration : IEntityTypeConfiguration<FeedbackCase>
{
    public void Configure(EntityTypeBuilder<FeedbackCase> builder)
    {
        builder.HasIndex(x => x.TrackingCode).IsUnique();
        builder.HasIndex(x => new { x.Status, x.ResolveDueAt });
        builder.HasIndex(x => new { x.AgencyId, x.ReceivedAt });
        builder.HasIndex(x => x.DossierCode);
        builder.HasIndex(x => x.PublishedAt);
        builder.Property(x => x.TrackingCode).HasMaxLength(20);
        builder.Property(x => x.DossierCode).HasMaxLength(40);
        builder.Property(x => x.Title).HasMaxLength(FeedbackCase.TitleMaxLength);
        builder.Property(x => x.Content).HasMaxLength(FeedbackCase.ContentMaxLength);
        builder.Property(x => x.SenderName).HasMaxLength(200);
        builder.Property(x => x.SenderPhone).HasMaxLength(20);
        builder.Property(x => x.SenderEmail).HasMaxLength(254);
        builder.Property(x => x.SenderLanguage).HasMaxLength(5);
        builder.Property(x => x.RecordedById).HasMaxLength(64);
        builder.Property(x => x.AnsweredById).HasMaxLength(64);
        builder.Property(x => x.RefusalReason).HasMaxLength(2000);
        builder.Property(x => x.InformationQuestion).HasMaxLength(2000);
        builder.Property(x => x.Answer).HasMaxLength(FeedbackCase.ContentMaxLength);
        builder.Property(x => x.PublicTitle).HasMaxLength(FeedbackCase.TitleMaxLength);
        builder.Property(x => x.PublicContent).HasMaxLength(FeedbackCase.ContentMaxLength);
        builder.Property(x => x.PublicAnswer).HasMaxLength(FeedbackCase.ContentMaxLength);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasOne<Catalogue.Procedure>().WithMany().HasForeignKey(x => x.ProcedureId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Organisation.Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.History).WithOne().HasForeignKey(x => x.FeedbackCaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class FeedbackEventConfiguration : IEntityTypeConfiguration<FeedbackEvent>
{
    public void Configure(EntityTypeBuilder<FeedbackEvent> builder)
    {
        builder.HasIndex(x => new { x.FeedbackCaseId, x.Sequence }).IsUnique();
        builder.Property(x => x.Action).HasMaxLength(40);
        builder.Property(x => x.ActorId).HasMaxLength(64);
        builder.Property(x => x.ActorName).HasMaxLength(200);
        builder.Property(x => x.Note).HasMaxLength(FeedbackCase.ContentMaxLength);
    }
}

public sealed class FeedbackVoteConfiguration : IEntityTypeConfiguration<FeedbackVote>
{
    public void Configure(EntityTypeBuilder<FeedbackVote> builder)
    {
        builder.HasIndex(x => new { x.FeedbackCaseId, x.VoterHash }).IsUnique();
        builder.Property(x => x.VoterHash).HasMaxLength(64);
        builder.HasOne<FeedbackCase>().WithMany().HasForeignKey(x => x.FeedbackCaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
