namespace MotCua.Domain.Calendar;

public enum HolidayKind
{
    /// <summary>A fixed Gregorian date (dương lịch), e.g. 30 April.</summary>
    SolarDate,

    /// <summary>A fixed date of the lunar calendar (âm lịch), e.g. 10/3 for the Hùng Kings' day.</summary>
    LunarDate,

    /// <summary>Tết Nguyên đán: the last day of the old lunar year and the following days (Month and Day unused).</summary>
    TetBlock,
}
