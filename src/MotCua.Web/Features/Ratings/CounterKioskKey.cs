using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Web.Features.Ratings;

/// <summary>
/// The key that binds a counter's rating tablet to that counter. Only its hash is stored: the administrator sees the
/// key once, when issuing it, and a new key retires the old tablet link.
/// </summary>
public sealed class CounterKioskKey
{
    public int CounterId { get; set; }
    public required string KeyHash { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public string IssuedById { get; set; } = "";

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string NewKey() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    /// <summary>Constant-time comparison of a presented key with the stored hash.</summary>
    public bool Matches(string? key) => key is { Length: > 0 }
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(KeyHash));
}

public sealed class CounterKioskKeyConfiguration : IEntityTypeConfiguration<CounterKioskKey>
{
    public void Configure(EntityTypeBuilder<CounterKioskKey> builder)
    {
        builder.HasKey(x => x.CounterId);
        builder.Property(x => x.KeyHash).HasMaxLength(64);
        builder.Property(x => x.IssuedById).HasMaxLength(64);
        builder.HasOne<Organisation.Counter>().WithMany().HasForeignKey(x => x.CounterId).OnDelete(DeleteBehavior.Cascade);
    }
}
