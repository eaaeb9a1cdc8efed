using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Web.Features.Notifications.Templates;

/// <summary>
/// An administrator's wording of one notice — per event topic, channel ("*" for every channel) and language — in place of
/// the default shipped in Templates/notifications-&lt;lang&gt;.json, from a business day on. Wordings are versions: the one
/// in force for a notice is the latest whose day has come on the day of the event (a retry days later says the same
/// thing), so a change of law or of wording can be prepared ahead. Deleting every version restores the default.
/// </summary>
public sealed class TemplateOverride
{
    public const string AnyChannel = "*";

    public long Id { get; set; }
    public required string Topic { get; set; }
    public required string Channel { get; set; }
    public required string Language { get; set; }
    /// <summary>The first business day (Vietnam) on which this wording applies.</summary>
    public DateOnly EffectiveFrom { get; set; }
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
        builder.HasIndex(x => new { x.Topic, x.Channel, x.Language, x.EffectiveFrom }).IsUnique();
        builder.Property(x => x.Topic).HasMaxLength(80);
        builder.Property(x => x.Channel).HasMaxLength(16);
        builder.Property(x => x.Language).HasMaxLength(5);
        builder.Property(x => x.Subject).HasMaxLength(300);
        builder.Property(x => x.Text).HasMaxLength(4000);
        builder.Property(x => x.Html).HasMaxLength(8000);
    }
}
