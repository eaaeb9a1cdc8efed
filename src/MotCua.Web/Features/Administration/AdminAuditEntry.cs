using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Web.Features.Administration;

public enum AdminAuditAction { Create, Update, Delete }

/// <summary>
/// One change an administrator made to reference data (agencies, counters, staff, procedures, the calendar). Appended in
/// the same save as the change itself and never updated or deleted by the application, so the log cannot disagree with
/// the data: a change without its entry, or an entry without its change, cannot be committed.
/// </summary>
public sealed class AdminAuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    /// <summary>One of <see cref="AdminEntities"/>.</summary>
    public required string EntityType { get; set; }
    /// <summary>The natural key a reader knows: an agency code, a procedure code, an e-mail, a date.</summary>
    public required string EntityKey { get; set; }
    public AdminAuditAction Action { get; set; }
    /// <summary>JSON <c>{"before": {…}, "after": {…}}</c> with only the fields that changed (no secrets).</summary>
    public string Summary { get; set; } = "{}";
}

public static class AdminEntities
{
    public const string Agency = "Agency";
    public const string Counter = "Counter";
    public const string Staff = "Staff";
    public const string Procedure = "Procedure";
    public const string CalendarOverride = "CalendarOverride";
    public const string NotificationTemplate = "NotificationTemplate";
    /// <summary>A figure of the administrator's table of the Decision 766 index (Features/Statistics/Index766).</summary>
    public const string Index766Input = "Index766Input";

    public static readonly IReadOnlyList<string> All = [Agency, Counter, Staff, Procedure, CalendarOverride, NotificationTemplate, Index766Input];
}

public sealed class AdminAuditEntryConfiguration : IEntityTypeConfiguration<AdminAuditEntry>
{
    public void Configure(EntityTypeBuilder<AdminAuditEntry> builder)
    {
        var e = builder;
        e.HasIndex(x => new { x.EntityType, x.EntityKey });
        e.Property(x => x.ActorId).HasMaxLength(64);
        e.Property(x => x.ActorName).HasMaxLength(200);
        e.Property(x => x.EntityType).HasMaxLength(40);
        e.Property(x => x.EntityKey).HasMaxLength(200);
    }
}
