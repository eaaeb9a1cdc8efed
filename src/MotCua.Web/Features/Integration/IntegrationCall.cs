using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Web.Features.Integration;

/// <summary>
/// A signed call accepted from an integration client, remembered for the timestamp window: the same signature a second
/// time is a replay, refused by the unique index even when two copies arrive at once on two app nodes.
/// </summary>
public sealed class IntegrationCall
{
    public long Id { get; set; }
    public required string ClientId { get; set; }
    public required string Signature { get; set; }
    public DateTimeOffset At { get; set; }
}

public sealed class IntegrationCallConfiguration : IEntityTypeConfiguration<IntegrationCall>
{
    public void Configure(EntityTypeBuilder<IntegrationCall> builder)
    {
        builder.HasIndex(x => new { x.ClientId, x.Signature }).IsUnique();
        builder.HasIndex(x => x.At);
        builder.Property(x => x.ClientId).HasMaxLength(64);
        builder.Property(x => x.Signature).HasMaxLength(64);
    }
}
