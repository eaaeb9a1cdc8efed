using MotCua.Domain.Calendar;

namespace MotCua.Web.Features.Calendar;

/// <summary>A yearly government decision on days off and make-up working days, edited by an administrator.</summary>
public sealed class CalendarOverrideRow
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public OverrideKind Kind { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}

/// <summary>A statutory holiday rule with its effective dates (Labour Code 2019 Art. 112 today).</summary>
public sealed class HolidayRuleRow
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    public HolidayKind Kind { get; set; }
    public int Month { get; set; }
    public int Day { get; set; }
    public int Days { get; set; } = 1;
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
}
