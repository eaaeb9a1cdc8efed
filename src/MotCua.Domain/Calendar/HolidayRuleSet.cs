using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace MotCua.Domain.Calendar;

/// <summary>
/// The holiday rules and the yearly overrides as an administrator keeps them (Seed/calendar.json):
/// camelCase keys, enum names as text, dates as yyyy-MM-dd; comments and trailing commas are tolerated
/// because people edit the file by hand.
/// </summary>
public sealed record HolidayRuleSet(IReadOnlyList<HolidayRule> Rules, IReadOnlyList<CalendarOverride> Overrides)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    /// <summary>Reads the file's text; throws FormatException naming the faulty entry.</summary>
    public static HolidayRuleSet Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        FileShape? file;
        try
        {
            file = JsonSerializer.Deserialize<FileShape>(json, Options);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Tệp lịch không hợp lệ: {e.Message}", e);
        }

        if (file is null)
        {
            throw new FormatException("Tệp lịch rỗng.");
        }

        var rules = (file.Rules ?? []).Select((r, i) => r.ToRule(i)).ToArray();
        var overrides = (file.Overrides ?? []).Select((o, i) => o.ToOverride(i)).ToArray();
        try
        {
            // The calendar's own checks (valid dates, no date overridden twice) apply to the file as well.
            _ = new WorkingCalendar(rules, overrides);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"Tệp lịch không hợp lệ: {e.Message}", e);
        }

        return new HolidayRuleSet(rules, overrides);
    }

    public string ToJson() => JsonSerializer.Serialize(
        new FileShape
        {
            Rules = [.. Rules.Select(RuleShape.From)],
            Overrides = [.. Overrides.Select(OverrideShape.From)],
        },
        Options);

    public WorkingCalendar ToCalendar(OfficeHours? officeHours = null) => new(Rules, Overrides, officeHours);

    private sealed class FileShape
    {
        public string? Note { get; set; }

        public List<RuleShape>? Rules { get; set; }

        public List<OverrideShape>? Overrides { get; set; }
    }

    private sealed class RuleShape
    {
        public string? Name { get; set; }

        public string? NameEn { get; set; }

        public HolidayKind? Kind { get; set; }

        public int Month { get; set; }

        public int Day { get; set; }

        public int Days { get; set; } = 1;

        public DateOnly? EffectiveFrom { get; set; }

        public DateOnly? EffectiveTo { get; set; }

        public string? LegalBasis { get; set; }

        public static RuleShape From(HolidayRule r) => new()
        {
            Name = r.Name,
            NameEn = r.NameEn,
            Kind = r.Kind,
            Month = r.Month,
            Day = r.Day,
            Days = r.Days,
            EffectiveFrom = r.EffectiveFrom,
            EffectiveTo = r.EffectiveTo,
            LegalBasis = r.LegalBasis,
        };

        public HolidayRule ToRule(int index)
        {
            string where = $"rules[{index}] ({Name ?? "không tên"})";
            if (Kind is null)
            {
                throw new FormatException($"{where}: thiếu kind (SolarDate, LunarDate hoặc TetBlock).");
            }

            if (EffectiveFrom is null)
            {
                throw new FormatException($"{where}: thiếu effectiveFrom (ngày có hiệu lực, yyyy-MM-dd).");
            }

            var rule = new HolidayRule(Name ?? "", NameEn ?? "", Kind.Value, Month, Day, Days, EffectiveFrom.Value, EffectiveTo)
            {
                LegalBasis = LegalBasis,
            };
            try
            {
                rule.Validate();
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"{where}: {e.Message}", e);
            }

            return rule;
        }
    }

    private sealed class OverrideShape
    {
        public DateOnly? Date { get; set; }

        public OverrideKind? Kind { get; set; }

        public string? Reason { get; set; }

        public string? ReasonEn { get; set; }

        public static OverrideShape From(CalendarOverride o) => new()
        {
            Date = o.Date,
            Kind = o.Kind,
            Reason = o.Reason,
            ReasonEn = o.ReasonEn,
        };

        public CalendarOverride ToOverride(int index)
        {
            string where = $"overrides[{index}] ({Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "không ngày"})";
            if (Date is null || Kind is null)
            {
                throw new FormatException($"{where}: cần date (yyyy-MM-dd) và kind (DayOff hoặc WorkingDay).");
            }

            if (string.IsNullOrWhiteSpace(Reason))
            {
                throw new FormatException($"{where}: cần reason (lý do và văn bản căn cứ).");
            }

            return new CalendarOverride(Date.Value, Kind.Value, Reason, ReasonEn);
        }
    }
}
