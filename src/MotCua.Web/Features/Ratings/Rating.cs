using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Ratings;

/// <summary>The three-level scale of the counter tablets and the provincial portals (DOMAIN.md, satisfaction).</summary>
public enum SatisfactionLevel { VerySatisfied, Satisfied, NotSatisfied }

public enum RatingChannel { Online, Kiosk }

/// <summary>
/// The applicant's rating of one dossier. One per dossier, enforced by a unique index: a second post, even at the same
/// instant from another tab or tablet, fails in the database, so ratings cannot be stuffed.
/// </summary>
public sealed class Rating
{
    public const int CommentMaxLength = 1000;

    public long Id { get; set; }
    public long DossierId { get; set; }
    public Dossier? Dossier { get; set; }
    public SatisfactionLevel Level { get; set; }
    /// <summary>Optional criteria: true satisfied, false not satisfied, null left blank.</summary>
    public bool? Attitude { get; set; }
    public bool? Timeliness { get; set; }
    public bool? Convenience { get; set; }
    public string? Comment { get; set; }
    public RatingChannel Channel { get; set; }
    /// <summary>The officer who served the applicant: the one who returned the result, else the one who received it.</summary>
    public string? OfficerId { get; set; }
    /// <summary>That officer's counter at the time of the rating.</summary>
    public int? CounterId { get; set; }
    /// <summary>The competent agency, copied so that statistics per agency need no join through the dossier.</summary>
    public int AgencyId { get; set; }
    public DateTimeOffset RatedAt { get; set; }
}

public sealed class RatingConfiguration : IEntityTypeConfiguration<Rating>
{
    public void Configure(EntityTypeBuilder<Rating> builder)
    {
        builder.HasIndex(x => x.DossierId).IsUnique();
        builder.HasIndex(x => new { x.AgencyId, x.RatedAt });
        builder.HasIndex(x => new { x.CounterId, x.RatedAt });
        builder.Property(x => x.Comment).HasMaxLength(Rating.CommentMaxLength);
        builder.Property(x => x.OfficerId).HasMaxLength(64);
        builder.HasOne(x => x.Dossier).WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
