namespace MotCua.Domain.Calendar;

public enum TimeUnit
{
    /// <summary>Ngày làm việc: the default unit of administrative procedures.</summary>
    WorkingDays,

    /// <summary>Giờ làm việc: office hours of working days only.</summary>
    WorkingHours,

    /// <summary>Ngày (calendar days), ending on a working day.</summary>
    CalendarDays,

    /// <summary>Trong ngày: the same working day when received before the cutoff, else the next one.</summary>
    SameDay,
}

/// <summary>The processing time of a procedure; Cutoff applies to SameDay only (default 15:00).</summary>
public sealed record ProcessingTime(decimal Amount, TimeUnit Unit, TimeOnly? Cutoff = null)
{
    public static TimeOnly DefaultSameDayCutoff { get; } = new(15, 0);
}
