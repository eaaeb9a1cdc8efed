namespace MotCua.Web.Features.Reports;

/// <summary>The standard reports, by the name their address carries (/can-bo/lanh-dao/bao-cao/{name}.{xlsx|pdf}).</summary>
public static class ReportCatalog
{
    public const string BasePath = "/can-bo/lanh-dao/bao-cao";

    public const string Processing = "giai-quyet";
    public const string Overdue = "qua-han";
    public const string Satisfaction = "hai-long";
    public const string Officers = "can-bo";
    public const string LogBook = "so-theo-doi";

    public const string Xlsx = "xlsx";
    public const string Pdf = "pdf";

    public static readonly IReadOnlyList<string> All = [Processing, Overdue, Satisfaction, Officers, LogBook];

    /// <summary>e.g. bao-cao-giai-quyet-2026-Q3.xlsx; a unit's report carries the unit's code; the log book its own name.</summary>
    public static string FileName(string report, ReportPeriod period, string? agencyCode, string format) =>
        report == LogBook
            ? $"so-theo-doi-{agencyCode}-{period.FileLabel}.{format}"
            : $"bao-cao-{report}-{period.FileLabel}{(agencyCode is null ? "" : "-" + agencyCode)}.{format}";

    public static string Url(string report, string format, ReportPeriod period, string? agencyCode) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"{BasePath}/{report}.{format}",
            new Dictionary<string, string?> { ["from"] = period.FromText, ["to"] = period.ToText, ["agency"] = agencyCode }
                .Where(p => p.Value is not null));

    /// <summary>The log book's PDF is the existing Form 06 endpoint; it is kept per calendar year.</summary>
    public static string LogBookPdf(string agencyCode, int year) =>
        $"/api/v1/logbook/{Uri.EscapeDataString(agencyCode)}/{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
