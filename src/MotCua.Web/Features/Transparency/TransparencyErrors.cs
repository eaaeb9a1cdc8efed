namespace MotCua.Web.Features.Transparency;

/// <summary>Stable codes of the open-data API (titles in Resources/Messages.strings.json as error.&lt;code&gt;).</summary>
public static class TransparencyErrors
{
    // A bad period answers the codes StatPeriod.TryParse gives, shared with the staff statistics.
    public const string UnknownAgency = "stats-unknown-agency";
    public const string IndexUnavailable = "index766-unavailable";
}
