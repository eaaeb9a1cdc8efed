using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Citizens;

/// <summary>
/// The identity details a citizen saved once so that every new submission starts filled in. Self-declared: nothing
/// here is verified against the national population database, so nothing links counter dossiers to the account by it.
/// </summary>
public sealed class CitizenProfile
{
    public required string UserId { get; set; }
    public string FullName { get; set; } = "";
    /// <summary>CCCD (12 digits) or an old CMND (9 digits).</summary>
    public string? IdNumber { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? Address { get; set; }
    /// <summary>Contact phone, normalised to 0xxxxxxxxx.</summary>
    public string? Phone { get; set; }
    public string? Email { get; set; }
    /// <summary>"vi" or "en": the language of notices.</summary>
    public string Language { get; set; } = "vi";
    public bool NotifyBySms { get; set; }
    public bool NotifyByZalo { get; set; }
    public bool NotifyByEmail { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class CitizenProfileConfiguration : IEntityTypeConfiguration<CitizenProfile>
{
    public void Configure(EntityTypeBuilder<CitizenProfile> builder)
    {
        var e = builder;
        e.HasKey(x => x.UserId);
        e.Property(x => x.UserId).HasMaxLength(64);
        e.HasOne<AppUser>().WithOne().HasForeignKey<CitizenProfile>(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        e.Property(x => x.FullName).HasMaxLength(200);
        e.Property(x => x.IdNumber).HasMaxLength(20);
        e.Property(x => x.Address).HasMaxLength(500);
        e.Property(x => x.Phone).HasMaxLength(20);
        e.Property(x => x.Email).HasMaxLength(254);
        e.Property(x => x.Language).HasMaxLength(5);
    }
}
