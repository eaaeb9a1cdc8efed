namespace MotCua.Domain.Calendar;

public enum OverrideKind
{
    /// <summary>A day that would be worked is a day off (the weekday side of a swap).</summary>
    DayOff,

    /// <summary>A day that would be off is worked (a make-up Saturday, a cancelled compensatory day).</summary>
    WorkingDay,
}

/// <summary>
/// A yearly decision of the government (Prime Minister, Ministry of Home Affairs) for civil servants:
/// swaps of a weekday with a Saturday, and the like. It wins over the days computed from the rules.
/// </summary>
public sealed record CalendarOverride(DateOnly Date, OverrideKind Kind, string Reason, string? ReasonEn = null);
