using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Forms;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Dossiers;

/// <summary>The forms of Circular 01/2018 filled from a dossier (01–05) and the yearly log book (06), as PDF.</summary>
public static class FormsEndpoints
{
    public static void MapDossierForms(this RouteGroupBuilder group) =>
        group.MapGet("/{code}/forms/{form}", Form).WithSummary("Form 01 receipt, 02 supplement request, 03 refusal, 04 apology, 05 control slip (PDF, A5).");

    public static void MapLogBook(this IEndpointRouteBuilder api) =>
        api.MapGet("/logbook/{agencyCode}/{year:int}", LogBook).WithTags("Dossiers").RequireAuthorization()
            .WithSummary("Form 06: the dossier log book of a receiving agency for a year, numbered continuously (PDF, A4).");

    private static async Task<IResult> Form(string code, string form, MotCuaDb db, StaffScope scope, Problems problems, HttpContext http, CancellationToken ct)
    {
        if (form is not (DossierForms.Receipt or DossierForms.SupplementRequest or DossierForms.Refusal or DossierForms.Apology or DossierForms.ControlSlip))
        {
            return problems.Rule(StatusCodes.Status404NotFound, ErrorCodes.UnknownForm);
        }
        var staff = (await scope.LoadAsync(ct))!;
        var d = await DossierAccess.FindAsync(db, code, ct);
        if (d is null)
        {
            return problems.NotFound();
        }
        if (!DossierAccess.CanRead(staff, d))
        {
            return problems.Forbidden();
        }
        if (!DossierForms.Applicable(d).Contains(form))
        {
            return problems.Rule(StatusCodes.Status409Conflict, ErrorCodes.FormNotApplicable);
        }
        var names = await DossierAccess.UserNamesAsync(db, d, ct);
        var header = await HeaderAsync(db, d.ReceivingPoint!, ct);
        var applicant = new FormApplicant(d.ApplicantName, d.ApplicantIdNumber, d.ApplicantAddress, d.ApplicantPhone, d.ApplicantEmail);
        var procedureName = d.Procedure!.Name;
        var receiver = names.GetValueOrDefault(d.ReceivedById, "");
        byte[] pdf = form switch
        {
            DossierForms.Receipt => FormPdf.Receipt(new ReceiptForm(header, d.Code!, applicant, procedureName,
                d.Documents.Where(x => x.Received).OrderBy(x => x.Id).Select(x => new FormDocumentLine(x.Name, IntakeValidation.FormName(x.Form), x.Count)).ToList(),
                1, StatutoryTime(d.Procedure.ProcessingTime), d.ReceivedAt, d.OriginalDueAt ?? d.DueAt!.Value, d.ReceivingPoint!.Name,
                await LogBookNumberAsync(db, d, ct), receiver, DossierViews.LookupUrl(http, d.Code!))),
            DossierForms.SupplementRequest => SupplementForm(d, header, applicant, names),
            DossierForms.Refusal => FormPdf.Refusal(new RefusalForm(header, d.Code, applicant, procedureName,
                DossierViews.Lines(d.EndReasons), names.GetValueOrDefault(d.Steps.LastOrDefault(s => s.CompletedById is not null)?.CompletedById ?? d.ReceivedById, receiver),
                d.EndedAt ?? d.ReceivedAt)),
            DossierForms.Apology => FormPdf.Apology(new ApologyForm(header, d.Code!, applicant, procedureName, d.ReceivedAt,
                d.DueAtBeforeApology ?? d.OriginalDueAt!.Value, d.DueAt!.Value, d.ApologyReason ?? "", d.CompetentAgency!.Name,
                Name(names, d.ApologizedById) ?? "", "Thủ trưởng cơ quan", d.ApologizedAt!.Value)),
            _ => FormPdf.ControlSlip(new ControlSlipForm(header, d.Code!, applicant, procedureName, d.ReceivedAt, d.DueAt!.Value, d.CompetentAgency!.Name,
                d.Steps.OrderBy(s => s.Index).Select(s => new ControlSlipRow(s.Agency!.Name, s.Name, s.CompletedAt, Name(names, s.CompletedById),
                    s.StartedAt, Name(names, s.StartedById), s.DueAt, ResultText(s.Result), s.Note)).ToList())),
        };
        return TypedResults.File(pdf, "application/pdf", $"{d.Reference}-mau-{form}.pdf");
    }

    private static byte[] SupplementForm(Dossier d, FormHeader header, FormApplicant applicant, IReadOnlyDictionary<string, string> names)
    {
        var request = d.SupplementRequests.OrderBy(r => r.Id).Last();
        return FormPdf.SupplementRequest(new SupplementRequestForm(header, d.Code, applicant, d.Procedure!.Name, DossierViews.Lines(request.Items),
            request.Reason, names.GetValueOrDefault(request.RequestedById, ""), d.ReceivingPoint!.Phone, request.RequestedAt));
    }

    private static async Task<IResult> LogBook(string agencyCode, int year, MotCuaDb db, StaffScope scope, Problems problems, CancellationToken ct)
    {
        var staff = (await scope.LoadAsync(ct))!;
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Code == agencyCode, ct);
        if (agency is null || year is < 2000 or > 2100)
        {
            return problems.NotFound();
        }
        if (!StaffScope.SeesEverything(staff) && !staff.Agencies.Contains(agency.Id))
        {
            return problems.Forbidden();
        }
        var (from, to) = YearBounds(year);
        var rows = await db.Dossiers.AsNoTracking()
            .Where(d => d.ReceivingPointId == agency.Id && d.Code != null && d.ReceivedAt >= from && d.ReceivedAt < to)
            .OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id)
            .Select(d => new
            {
                d.Code, ProcedureName = d.Procedure!.Name, d.ApplicantName, d.ApplicantAddress, d.ApplicantPhone, Lead = d.CompetentAgency!.Name,
                d.ReceivedAt, d.OriginalDueAt, d.DueAt, d.TransferredAt, d.ResultReadyAt, d.ReturnedAt, d.Status,
            })
            .ToListAsync(ct);
        var header = await HeaderAsync(db, agency, ct);
        var pdf = FormPdf.LogBook(new LogBookForm(header, agency.Name, year, rows.Select((r, i) => new LogBookRow(i + 1, r.Code!, r.ProcedureName, 1,
            r.ApplicantName, string.Join(" - ", new[] { r.ApplicantAddress, r.ApplicantPhone }.Where(s => !string.IsNullOrEmpty(s))), r.Lead,
            r.ReceivedAt, r.OriginalDueAt ?? r.DueAt ?? r.ReceivedAt, r.TransferredAt, r.ResultReadyAt, r.ReturnedAt,
            r.Status is DossierStatus.Returned or DossierStatus.Accepted or DossierStatus.InProcessing ? null : StatusNote(r.Status))).ToList()));
        return TypedResults.File(pdf, "application/pdf", $"so-theo-doi-{agency.Code}-{year}.pdf");
    }

    /// <summary>The entry number in the year's log book: entries are numbered continuously from 1 each year.</summary>
    private static async Task<int> LogBookNumberAsync(MotCuaDb db, Dossier d, CancellationToken ct)
    {
        var (from, _) = YearBounds(VietnamTime.LocalDate(d.ReceivedAt).Year);
        return 1 + await db.Dossiers.CountAsync(x => x.ReceivingPointId == d.ReceivingPointId && x.Code != null && x.ReceivedAt >= from
            && (x.ReceivedAt < d.ReceivedAt || (x.ReceivedAt == d.ReceivedAt && x.Id < d.Id)), ct);
    }

    private static (DateTimeOffset From, DateTimeOffset To) YearBounds(int year) =>
        (VietnamTime.StartOfDay(new DateOnly(year, 1, 1)), VietnamTime.StartOfDay(new DateOnly(year + 1, 1, 1)));

    private static async Task<FormHeader> HeaderAsync(MotCuaDb db, Agency unit, CancellationToken ct)
    {
        var parent = unit.ParentId is null ? null : await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == unit.ParentId, ct);
        var province = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Kind == AgencyKind.ProvincialCommittee, ct);
        var place = province?.Name.Replace("Ủy ban nhân dân tỉnh ", "", StringComparison.OrdinalIgnoreCase)
            .Replace("UBND tỉnh ", "", StringComparison.OrdinalIgnoreCase) ?? "";
        return new FormHeader((parent ?? province)?.Name.ToUpper(CultureInfo.GetCultureInfo("vi-VN")) ?? "",
            unit.Name.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), place);
    }

    private static string StatutoryTime(ProcessingTime t) => t.Unit switch
    {
        TimeUnit.WorkingDays => $"{t.Amount.ToString("0.##", CultureInfo.InvariantCulture).PadLeft(2, '0')} ngày làm việc",
        TimeUnit.WorkingHours => $"{t.Amount.ToString("0.##", CultureInfo.InvariantCulture)} giờ làm việc",
        TimeUnit.CalendarDays => $"{t.Amount.ToString("0.##", CultureInfo.InvariantCulture).PadLeft(2, '0')} ngày",
        TimeUnit.SameDay => $"Trong ngày (nhận sau {t.Cutoff ?? new TimeOnly(15, 0):HH\\:mm} trả trong ngày làm việc tiếp theo)",
    };

    public static string? ResultText(TimelinessMark? mark) => mark is null ? null : mark.Value switch
    {
        TimelinessMark.Early => "Trước hạn",
        TimelinessMark.OnTime => "Đúng hạn",
        TimelinessMark.Late => "Quá hạn",
    };

    private static string StatusNote(DossierStatus s) => s switch
    {
        DossierStatus.Refused => "Từ chối giải quyết",
        DossierStatus.Stopped => "Dừng xử lý",
        DossierStatus.Withdrawn => "Rút hồ sơ",
        DossierStatus.AwaitingSupplement => "Chờ bổ sung",
        DossierStatus.ResultReady => "Đã có kết quả",
        _ => "",
    };

    private static string? Name(IReadOnlyDictionary<string, string> names, string? id) => id is null ? null : names.GetValueOrDefault(id);
}
