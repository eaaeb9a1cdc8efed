namespace MotCua.Web.Features.Reports;

/// <summary>Stable codes of the problems the report downloads answer with (titles in ReportTexts.strings.json).</summary>
public static class ReportErrors
{
    public const string UnknownReport = "report-unknown";
    public const string UnknownFormat = "report-unknown-format";
    public const string InvalidDate = "report-invalid-date";
    public const string EndBeforeStart = "report-end-before-start";
    public const string PeriodTooLong = "report-period-too-long";
    public const string UnknownAgency = "report-unknown-agency";
    public const string NotLeader = "report-not-leader";
    public const string OutOfScope = "report-out-of-scope";
}
