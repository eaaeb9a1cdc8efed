using MotCua.Domain;
using MotCua.Domain.Calendar;

namespace MotCua.Web.Features.Generator;

/// <summary>
/// When dossiers arrive. Only on working days (counters are closed otherwise, and an online dossier is received when
/// an officer accepts it); Mondays busiest and Fridays quietest; a mild seasonal wave with a year-end rush; quiet in
/// the weeks around Tết (people settle papers before the holiday, then come back slowly). The online share rises
/// through the range, as the seeds' figures did year on year.
/// </summary>
public static class ArrivalShape
{
    public static double DayWeight(DateOnly day)
    {
        var weekday = day.DayOfWeek switch
        {
            DayOfWeek.Monday => 1.18,
            DayOfWeek.Tuesday => 1.05,
            DayOfWeek.Wednesday => 1.0,
            DayOfWeek.Thursday => 0.98,
            DayOfWeek.Friday => 0.86,
            _ => 0.3,
        };
        var seasonal = 1.0 + 0.06 * Math.Sin(2 * Math.PI * (day.DayOfYear - 60) / 365.0) + (day.Month == 12 ? 0.1 : 0.0);
        return weekday * seasonal * TetFactor(day);
    }

    /// <summary>Around the lunar new year: 55 % in the last week before the holiday, back from 50 % to normal over three weeks after.</summary>
    public static double TetFactor(DateOnly day)
    {
        foreach (var lunarYear in new[] { day.Year, day.Year + 1 })
        {
            if (lunarYear < LunarCalendar.MinYear || lunarYear > LunarCalendar.MaxYear)
            {
                continue;
            }
            var tet = LunarCalendar.NewYear(lunarYear);
            var offset = day.DayNumber - tet.DayNumber;
            if (offset is >= -7 and < 0)
            {
                return 0.55;
            }
            if (offset is >= 0 and < 28)
            {
                return 0.5 + 0.5 * offset / 28.0;
            }
        }
        return 1.0;
    }

    /// <summary>The whole dossiers per working day, summing to <paramref name="total"/> exactly (largest remainders).</summary>
    public static IReadOnlyList<(DateOnly Day, int Count)> Plan(int total, DateOnly from, DateOnly to, WorkingCalendar calendar)
    {
        var days = new List<(DateOnly Day, double Weight)>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                days.Add((d, DayWeight(d)));
            }
        }
        if (days.Count == 0)
        {
            throw new InvalidOperationException($"No working day between {from:yyyy-MM-dd} and {to:yyyy-MM-dd}.");
        }
        var sum = days.Sum(d => d.Weight);
        var exact = days.Select(d => d.Weight / sum * total).ToList();
        var counts = exact.Select(x => (int)Math.Floor(x)).ToArray();
        var remaining = total - counts.Sum();
        foreach (var i in Enumerable.Range(0, days.Count).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).Take(remaining))
        {
            counts[i]++;
        }
        return days.Select((d, i) => (d.Day, counts[i])).ToList();
    }

    /// <summary>Online share of the received dossiers (for procedures offered online) at a point of the range: 60 % → 95 %.</summary>
    public static double OnlineShare(double progress) => 0.60 + 0.35 * progress;

    /// <summary>A reception moment in the day's office hours, the mornings busier (60 % of arrivals).</summary>
    public static DateTimeOffset ReceptionTime(DateOnly day, Random random, OfficeHours hours)
    {
        var periods = hours.WorkingPeriods;
        var period = periods.Count > 1 && random.NextDouble() >= 0.6 ? periods[1] : periods[0];
        // Nothing is received in the last ten minutes of a session: the queue is closed.
        var minutes = (period.End - period.Start).TotalMinutes - 10;
        return VietnamTime.At(day, period.Start.AddMinutes(random.NextDouble() * minutes));
    }
}
