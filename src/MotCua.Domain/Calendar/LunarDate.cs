namespace MotCua.Domain.Calendar;

/// <summary>A date of the Vietnamese lunar calendar (âm lịch); IsLeapMonth marks a tháng nhuận.</summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth);
