using System.Globalization;
using MotCua.Domain;

namespace MotCua.Web.Features.Leader;

/// <summary>A period of reception days in business time, both ends included; by default the current month so far.</summary>
public sealed record LeaderPeriod(DateOnly From, DateOnly To)
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The first instant of the period: midnight in Vietnam at the start of its first day.</summary>
    public DateTimeOffset Start => VietnamTime.StartOfDay(From);

    /// <summary>The instant just after the period: midnight in Vietnam after its last day.</summary>
    public DateTimeOffset End => VietnamTime.StartOfDay(To.AddDays(1));

    public static LeaderPeriod ThisMonth(DateTimeOffset now)
    {
        var today = VietnamTime.LocalDate(now);
        return new(new DateOnly(today.Year, today.Month, 1), today);
    }

    public string FromText => From.ToString(DateFormat, CultureInfo.InvariantCulture);

    public string ToText => To.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>The period asked for in the query string, the field in error (if any) and the message key.</summary>
    public sealed record Parsed(LeaderPeriod Period, string? FromError, string? ToError);

    /// <summary>
    /// Reads "from" and "to" (ISO dates as an input of type date sends them). A missing end takes the default; a bad
    /// date or an end before the start is reported on its field and the default month is shown instead.
    /// </summary>
    public static Parsed Parse(string? from, string? to, DateTimeOffset now)
    {
        var fallback = ThisMonth(now);
        string? fromError = null, toError = null;
        var start = fallback.From;
        var end = fallback.To;
        if (!string.IsNullOrWhiteSpace(from))
        {
            if (DateOnly.TryParseExact(from.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var f)) start = f;
            else fromError = "periodInvalidDate";
        }
        if (!string.IsNullOrWhiteSpace(to))
        {
            if (DateOnly.TryParseExact(to.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) end = t;
            else toError = "periodInvalidDate";
        }
        if (fromError is null && toError is null && end < start)
        {
            toError = "periodEndBeforeStart";
        }
        return fromError is null && toError is null
            ? new(new LeaderPeriod(start, end), null, null)
            : new(fallback, fromError, toError);
    }
}
