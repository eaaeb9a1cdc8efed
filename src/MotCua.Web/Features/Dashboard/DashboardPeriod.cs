using System.Globalization;
using MotCua.Domain;
using MotCua.Web.Features.Statistics;

namespace MotCua.Web.Features.Dashboard;

/// <summary>The kinds of period a leader picks: the current month, quarter or year so far, or any days.</summary>
public enum PeriodKind { Month, Quarter, Year, Custom }

/// <summary>
/// The period of the dashboard, read from <c>ky=thang|quy|nam|tuy-chon</c> and <c>from</c>/<c>to</c> (ISO days). The
/// current month, quarter or year ends today: a period ending in the future would judge open dossiers at a moment
/// that has not come (rule 2.1 judges them at the period's end).
/// </summary>
public sealed record DashboardPeriod(PeriodKind Kind, StatPeriod Period)
{
    public const string DateFormat = "yyyy-MM-dd";

    private static readonly Dictionary<PeriodKind, string> Names = new()
    {
        [PeriodKind.Month] = "thang",
        [PeriodKind.Quarter] = "quy",
        [PeriodKind.Year] = "nam",
        [PeriodKind.Custom] = "tuy-chon",
    };

    public static IReadOnlyList<PeriodKind> Kinds { get; } = [PeriodKind.Month, PeriodKind.Quarter, PeriodKind.Year, PeriodKind.Custom];

    public static string QueryName(PeriodKind kind) => Names[kind];

    public string FromText => Period.From.ToString(DateFormat, CultureInfo.InvariantCulture);

    public string ToText => Period.To.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>The period asked for, and the message key of what was wrong on each field (then the month so far is shown).</summary>
    public sealed record Parsed(DashboardPeriod Value, string? KindError, string? FromError, string? ToError)
    {
        public bool IsValid => KindError is null && FromError is null && ToError is null;
    }

    public static DashboardPeriod Current(PeriodKind kind, DateTimeOffset now)
    {
        var today = VietnamTime.LocalDate(now);
        var from = kind switch
        {
            PeriodKind.Quarter => new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1),
            PeriodKind.Year => new DateOnly(today.Year, 1, 1),
            _ => new DateOnly(today.Year, today.Month, 1),
        };
        return new(kind == PeriodKind.Custom ? PeriodKind.Month : kind, new StatPeriod(from, today));
    }

    public static Parsed Parse(string? kind, string? from, string? to, DateTimeOffset now)
    {
        var fallback = Current(PeriodKind.Month, now);
        var hasDates = !string.IsNullOrWhiteSpace(from) || !string.IsNullOrWhiteSpace(to);
        PeriodKind chosen;
        if (string.IsNullOrWhiteSpace(kind))
        {
            chosen = hasDates ? PeriodKind.Custom : PeriodKind.Month;
        }
        else if (Names.FirstOrDefault(p => string.Equals(p.Value, kind.Trim(), StringComparison.OrdinalIgnoreCase)) is { Value: not null } found)
        {
            chosen = found.Key;
        }
        else
        {
            return new(fallback, "period.badKind", null, null);
        }
        if (chosen != PeriodKind.Custom)
        {
            return new(Current(chosen, now), null, null, null);
        }

        // Each field is checked on its own first, so the error stands next to the date that is wrong.
        var fromError = ValidDay(from) ? null : "period.invalidDate";
        var toError = ValidDay(to) ? null : "period.invalidDate";
        if (fromError is not null || toError is not null)
        {
            return new(fallback, null, fromError, toError);
        }
        if (!StatPeriod.TryParse(from!.Trim(), to!.Trim(), out var period, out var code))
        {
            return new(fallback, null, null, code switch
            {
                "stats-end-before-start" => "period.endBeforeStart",
                "stats-period-too-long" => "period.tooLong",
                _ => "period.invalidDate",
            });
        }
        return new(new(PeriodKind.Custom, period), null, null, null);
    }

    private static bool ValidDay(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
