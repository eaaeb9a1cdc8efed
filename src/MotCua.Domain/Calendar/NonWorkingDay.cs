namespace MotCua.Domain.Calendar;

public enum NonWorkingReason
{
    Weekend,
    Holiday,
    Compensatory,
    Override,
}

public sealed record NonWorkingDay(DateOnly Date, NonWorkingReason Reason, string Name, string NameEn);
