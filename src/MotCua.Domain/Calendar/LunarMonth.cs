namespace MotCua.Domain.Calendar;

/// <summary>One month of the lunisolar calendar: it starts on the local day of a new moon.</summary>
internal readonly record struct LunarMonth(int LunarYear, int Number, bool IsLeap, DateOnly Start, int Length)
{
    internal DateOnly End => Start.AddDays(Length - 1);

    internal bool Contains(DateOnly date) => date >= Start && date <= End;
}
