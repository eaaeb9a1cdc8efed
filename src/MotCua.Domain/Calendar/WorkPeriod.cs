namespace MotCua.Domain.Calendar;

/// <summary>A span of office time within one day, e.g. the morning session 07:30–11:30.</summary>
public sealed record WorkPeriod(TimeOnly Start, TimeOnly End)
{
    public TimeSpan Duration => End - Start;

    public bool Contains(TimeOnly time) => time >= Start && time < End;
}
