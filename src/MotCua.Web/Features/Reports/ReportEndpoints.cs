using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Web.Data;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Feedback;
using MotCua.Web.Features.Leader;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Statistics;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// GET /can-bo/lanh-dao/bao-cao/{report}.{xlsx|pdf}?from=&amp;to=&amp;agency= — a report as a download
/// (Content-Disposition: attachment), for leaders only and only within their scope. Bad input answers problem
/// details with a stable code (ReportErrors), never a 500.
/// </summary>
public static class ReportEndpoints
{
    public static void MapReports(this IEndpointRouteBuilder app) =>
        app.MapGet(ReportCatalog.BasePath + "/{report}.{format}", DownloadAsync).RequireAuthorization().ExcludeFromDescription();

    private static async Task<IResult> DownloadAsync(
        string report, string format, string? from, string? to, string? ky, string? agency,
        StaffScope staff, OrganisationCache organisation, TimeProvider clock, ReportText text, Problems problems,
        MotCuaDb db, StatisticsQueries stats, FeedbackStatistics feedback, CalendarService calendars, CancellationToken ct)
    {
        ProblemHttpResult Problem(int status, string code) => problems.Rule(status, code, text["error." + code]);

        if (!ReportCatalog.All.Contains(report))
        {
            return Problem(StatusCodes.Status404NotFound, ReportErrors.UnknownReport);
        }
        if (format is not (ReportCatalog.Xlsx or ReportCatalog.Pdf))
        {
            return Problem(StatusCodes.Status404NotFound, ReportErrors.UnknownFormat);
        }

        var loaded = await staff.LoadAsync(ct);
        var scope = LeaderScope.For(loaded);
        if (loaded is null || scope is null)
        {
            return Problem(StatusCodes.Status403Forbidden, ReportErrors.NotLeader);
        }

        var now = clock.GetUtcNow();
        if (!ReportPeriod.TryParse(from, to, ky, now, out var period, out var periodError))
        {
            return Problem(StatusCodes.Status400BadRequest, periodError!);
        }

        var tree = await organisation.GetAsync(ct);
        Agency? unit;
        if (string.IsNullOrWhiteSpace(agency))
        {
            unit = ReportScope.Default(scope, tree);
        }
        else if (!tree.ByCode.TryGetValue(agency.Trim(), out unit))
        {
            return Problem(StatusCodes.Status404NotFound, ReportErrors.UnknownAgency);
        }
        else if (!scope.Covers(unit.Id))
        {
            return Problem(StatusCodes.Status403Forbidden, ReportErrors.OutOfScope);
        }

        if (report == ReportCatalog.LogBook)
        {
            unit = ReportScope.LogBookOf(unit, tree);
            if (unit is null)
            {
                return Problem(StatusCodes.Status404NotFound, ReportErrors.UnknownAgency);
            }
            if (format == ReportCatalog.Pdf)
            {
                // Form 06 as PDF already exists, kept per calendar year: the download goes there.
                return TypedResults.Redirect(ReportCatalog.LogBookPdf(unit.Code, period.From.Year));
            }
        }

        var request = new ReportRequest(scope, unit, period, now, loaded.FullName, tree);
        var document = report switch
        {
            ReportCatalog.Processing => await ProcessingReport.BuildAsync(request, text, stats, db, ct),
            ReportCatalog.Overdue => OverdueListReport.Build(request, text, db, stats, await calendars.CurrentAsync(ct)),
            ReportCatalog.Satisfaction => await SatisfactionReport.BuildAsync(request, text, stats, feedback, ct),
            ReportCatalog.Officers => await OfficerReport.BuildAsync(request, text, db, ct),
            _ => LogBookReport.Build(request, unit!, text, db),
        };
        var fileName = ReportCatalog.FileName(report, period, unit?.Code, format);
        if (format == ReportCatalog.Pdf)
        {
            return TypedResults.File(await PdfReport.RenderAsync(document, text, ct), PdfReport.ContentType, fileName);
        }

        // Written row by row to a temporary file, then sent from it: a failure midway answers an error instead of a
        // truncated workbook, and the database query is over before a slow client starts reading. The file is deleted
        // when the response has been sent.
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"motcua-report-{Guid.NewGuid():N}.xlsx"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await XlsxReport.WriteAsync(document, file, ct);
            file.Position = 0;
            return TypedResults.File(file, XlsxReport.ContentType, fileName);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
