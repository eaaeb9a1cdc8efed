namespace MotCua.Domain.Calendar;

/// <summary>
/// One public holiday of the law, kept as data with the period in which it is in force, so that a change
/// of the Labour Code is a new rule with a new EffectiveFrom, not a code change. Days is the number of
/// consecutive days starting at Month/Day (SolarDate, LunarDate) or at the last day of the old lunar year
/// (TetBlock). "2 September plus one adjacent day" is two rules: 2/9 and the adjacent day, by default 1/9;
/// a year in which the Prime Minister picks 3/9 instead is expressed by overrides.
/// </summary>
public sealed record HolidayRule(
    string Name,
    string NameEn,
    HolidayKind Kind,
    int Month,
    int Day,
    int Days,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo = null)
{
    /// <summary>The article of law the rule comes from, shown to administrators.</summary>
    public string? LegalBasis { get; init; }

    public bool IsInForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary>Throws ArgumentException with a Vietnamese message when the rule cannot be applied.</summary>
    public void Validate()
    {
        string label = string.IsNullOrWhiteSpace(Name) ? "(không tên)" : Name;
        if (string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(NameEn))
        {
            throw new ArgumentException($"Ngày lễ {label}: cần tên tiếng Việt (name) và tiếng Anh (nameEn).");
        }

        if (Days < 1 || Days > 31)
        {
            throw new ArgumentException($"Ngày lễ {label}: số ngày (days) phải từ 1 đến 31.");
        }

        if (EffectiveTo is { } to && to < EffectiveFrom)
        {
            throw new ArgumentException($"Ngày lễ {label}: effectiveTo đứng trước effectiveFrom.");
        }

        switch (Kind)
        {
            case HolidayKind.SolarDate when Month is < 1 or > 12 || Day < 1 || Day > DateTime.DaysInMonth(2024, Month):
                throw new ArgumentException($"Ngày lễ {label}: ngày dương lịch {Day}/{Month} không hợp lệ.");
            case HolidayKind.LunarDate when Month is < 1 or > 12 || Day is < 1 or > 30:
                throw new ArgumentException($"Ngày lễ {label}: ngày âm lịch {Day}/{Month} không hợp lệ.");
            case HolidayKind.TetBlock when Month != 0 || Day != 0:
                throw new ArgumentException($"Ngày lễ {label}: khối Tết bắt đầu từ ngày cuối năm âm lịch, không ghi month/day.");
            default:
                break;
        }
    }

    /// <summary>The days of this rule that fall in Gregorian year <paramref name="year"/> and are in force.</summary>
    internal IEnumerable<DateOnly> DaysIn(int year)
    {
        // Years the rule cannot reach need no lunar computation (and may lie outside its supported range).
        if (EffectiveFrom.Year > year + 1 || EffectiveTo?.Year < year - 1)
        {
            yield break;
        }

        foreach (var start in StartsAround(year))
        {
            for (int i = 0; i < Days; i++)
            {
                var day = start.AddDays(i);
                if (day.Year == year && IsInForceOn(day))
                {
                    yield return day;
                }
            }
        }
    }

    private IEnumerable<DateOnly> StartsAround(int year)
    {
        switch (Kind)
        {
            case HolidayKind.SolarDate:
                foreach (int y in new[] { year - 1, year })
                {
                    if (Day <= DateTime.DaysInMonth(y, Month))
                    {
                        yield return new DateOnly(y, Month, Day);
                    }
                }

                break;
            case HolidayKind.LunarDate:
                foreach (int y in new[] { year - 1, year })
                {
                    // A rule on day 30 of a 29-day month falls on the month's last day (as "30 tháng Chạp" does).
                    int day = Math.Min(Day, LunarCalendar.DaysInMonth(y, Month));
                    yield return LunarCalendar.ToSolar(y, Month, day);
                }

                break;
            case HolidayKind.TetBlock:
                foreach (int y in new[] { year, year + 1 })
                {
                    yield return LunarCalendar.NewYear(y).AddDays(-1);
                }

                break;
            default:
                throw new InvalidOperationException($"Unknown holiday kind {Kind}.");
        }
    }
}
