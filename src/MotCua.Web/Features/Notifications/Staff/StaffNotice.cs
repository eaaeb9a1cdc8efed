using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Web.Features.Notifications.Staff;

/// <summary>
/// A notice to an officer in the workspace ("Thông báo"): a dossier assigned to them, a consultation asked of their unit,
/// a late answer or an overdue step. Written by the dispatcher as the "workspace" delivery of a staff event, once per
/// officer (the idempotency key), so a dispatcher that retries after a crash does not write it twice.
/// </summary>
public sealed class StaffNotice
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string Topic { get; set; }
    public string? DossierCode { get; set; }
    public required string Subject { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public required string IdempotencyKey { get; set; }
}

public sealed class StaffNoticeConfiguration : IEntityTypeConfiguration<StaffNotice>
{
    public void Configure(EntityTypeBuilder<StaffNotice> builder)
    {
        builder.HasIndex(x => x.IdempotencyKey).IsUnique();
        // The header counts an officer's unread notices on every page; the inbox lists them newest first.
        builder.HasIndex(x => new { x.UserId, x.ReadAt, x.CreatedAt });
        builder.Property(x => x.UserId).HasMaxLength(64);
        builder.Property(x => x.Topic).HasMaxLength(80);
        builder.Property(x => x.DossierCode).HasMaxLength(64);
        builder.Property(x => x.Subject).HasMaxLength(300);
        builder.Property(x => x.Text).HasMaxLength(4000);
        builder.Property(x => x.IdempotencyKey).HasMaxLength(200);
    }
}
