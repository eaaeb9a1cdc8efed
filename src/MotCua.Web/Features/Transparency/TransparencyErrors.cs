namespace MotCua.Web.Features.Transparency;

/// <summary>Stable codes of the open-data API (titles in Resources/Messages.strings.json as error.&lt;code&gt;).</summary>
public static class TransparencyErrors
{
    // The period codes are those StatPeriod.TryParse gives, shared with the staff statistics.
    public const string InvalidDate = "stats-invalid-date";
    public const string EndBeforeStart = "stats-end-before-start";
    public const string PeriodTooLong = "stats-period-too-long";
    public const string UnknownAgency = "stats-unknown-agency";
    public const string IndexUnavailable = "index766-unavailable";
}
