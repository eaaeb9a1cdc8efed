using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Web.Features.Notifications.Templates;

/// <summary>
/// An administrator's wording of one notice — per event topic, channel ("*" for every channel) and language — in place of
/// the default shipped in Templates/notifications-&lt;lang&gt;.json. Deleting it restores the default.
/// </summary>
public sealed class TemplateOverride
{
    public const string AnyChannel = "*";

    public long Id { get; set; }
    public required string Topic { get; set; }
    public required string Channel { get; set; }
    public required string Language { get; set; }
    public string Subject { get; set; } = "";
    public string Text { get; set; } = "";
    public string Html { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }
}

public sealed class TemplateOverrideConfiguration : IEntityTypeConfiguration<TemplateOverride>
{
    public void Configure(EntityTypeBuilder<TemplateOverride> builder)
    {
        builder.HasIndex(x => new { x.Topic, x.Channel, x.Language }).IsUnique();
        builder.Property(x => x.Topic).HasMaxLength(80);
        builder.Property(x => x.Channel).HasMaxLength(16);
        builder.Property(x => x.Language).HasMaxLength(5);
        builder.Property(x => x.Subject).HasMaxLength(300);
        builder.Property(x => x.Text).HasMaxLength(4000);
        builder.Property(x => x.Html).HasMaxLength(8000);
    }
}
