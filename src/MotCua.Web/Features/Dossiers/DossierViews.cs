using MotCua.Domain;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Dossiers;

/// <summary>The shapes a dossier is shown in: the receipt after intake, the staff view, the public view.</summary>
public static class DossierViews
{
    public sealed record ReceiptView(
        string? Code, string Reference, string Status, DateTimeOffset ReceivedAt, DateTimeOffset? DueAt,
        string ProcedureCode, string ProcedureName, string ReceivingPoint, IReadOnlyDictionary<string, string> Forms, string? LookupUrl);

    public static ReceiptView Receipt(Dossier d, Procedure p, Agency receivingPoint, HttpContext http)
    {
        var forms = new Dictionary<string, string>();
        var basePath = $"/api/v1/dossiers/{Uri.EscapeDataString(d.Reference)}/forms/";
        foreach (var form in DossierForms.Applicable(d))
        {
            forms[form] = basePath + form;
        }
        return new(d.Code, d.Reference, d.Status.ToString(), VietnamTime.ToLocal(d.ReceivedAt), Local(d.DueAt), p.Code, p.Name,
            receivingPoint.Name, forms, d.Code is null ? null : LookupUrl(http, d.Code));
    }

    public static string LookupUrl(HttpContext http, string code) =>
        $"{http.Request.Scheme}://{http.Request.Host}/tra-cuu?ma={Uri.EscapeDataString(code)}";

    public sealed record StepView(int Index, string Name, string Agency, string AgencyCode, string Role, DateTimeOffset DueAt,
        DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, string? AssignedTo, string? Result, string? Note, bool Current);

    public sealed record ApplicantView(string Kind, string FullName, string? IdNumber, string? Phone, string? Email, string? Address, string Language,
        string[] NotifyBy);

    public sealed record DocumentView(string Code, string Name, string Form, int Count, bool Mandatory, bool Received);

    public sealed record ConsultationView(long Id, string ToAgency, string ToAgencyCode, string Question, DateTimeOffset RequestedAt,
        DateTimeOffset DueAt, DateTimeOffset? AnsweredAt, string? Answer, bool Late);

    public sealed record SupplementView(long Id, bool AtIntake, DateTimeOffset RequestedAt, IReadOnlyList<string> Items, string Reason, DateTimeOffset? ReceivedAt);

    public sealed record DossierView(
        string? Code, string Reference, string Status, int Version, string Channel,
        string ProcedureCode, string ProcedureName,
        string ReceivingPoint, string ReceivingPointCode, string CompetentAgency, string CompetentAgencyCode,
        DateTimeOffset ReceivedAt, DateTimeOffset? DueAt, DateTimeOffset? OriginalDueAt, DateTimeOffset? TransferDeadline,
        DateTimeOffset? TransferredAt, int SupplementCount, DateTimeOffset? ApologizedAt, string? ApologyReason,
        DateTimeOffset? ResultReadyAt, DateTimeOffset? ReturnedAt, string? ReturnMethod, string? PostalTrackingNumber,
        DateTimeOffset? EndedAt, IReadOnlyList<string> EndReasons, int CurrentStep,
        ApplicantView Applicant, IReadOnlyList<DocumentView> Documents, IReadOnlyList<StepView> Steps,
        IReadOnlyList<ConsultationView> Consultations, IReadOnlyList<SupplementView> SupplementRequests,
        IReadOnlyList<string> Forms);

    /// <summary>The staff view: the dossier must be loaded with its procedure, agencies, steps (with agencies) and children.</summary>
    public static DossierView Full(Dossier d, bool english, IReadOnlyDictionary<string, string> userNames)
    {
        string? Name(string? id) => id is null ? null : userNames.GetValueOrDefault(id, id);
        return new(
            d.Code, d.Reference, d.Status.ToString(), d.Version, d.Channel.ToString(),
            d.Procedure!.Code, english ? d.Procedure.NameEn : d.Procedure.Name,
            d.ReceivingPoint!.LocalName(english), d.ReceivingPoint.Code, d.CompetentAgency!.LocalName(english), d.CompetentAgency.Code,
            VietnamTime.ToLocal(d.ReceivedAt), Local(d.DueAt), Local(d.OriginalDueAt), Local(d.TransferDeadline), Local(d.TransferredAt),
            d.SupplementCount, Local(d.ApologizedAt), d.ApologyReason, Local(d.ResultReadyAt), Local(d.ReturnedAt),
            d.ReturnMethod?.ToString(), d.PostalTrackingNumber, Local(d.EndedAt), Lines(d.EndReasons), d.CurrentStep,
            new ApplicantView(d.ApplicantKind.ToString(), d.ApplicantName, d.ApplicantIdNumber, d.ApplicantPhone, d.ApplicantEmail, d.ApplicantAddress, d.ApplicantLanguage,
                NotifyChannelChoice.Names(d.NotifyBy)),
            d.Documents.OrderBy(x => x.Id).Select(x => new DocumentView(x.ComponentCode, x.Name, x.Form.ToString(), x.Count, x.Mandatory, x.Received)).ToList(),
            d.Steps.OrderBy(s => s.Index).Select(s => new StepView(s.Index, english ? s.NameEn : s.Name, s.Agency!.LocalName(english), s.Agency.Code,
                s.Role, VietnamTime.ToLocal(s.DueAt), Local(s.StartedAt), Local(s.CompletedAt), Name(s.AssignedToId), s.Result?.ToString(), s.Note,
                s.Index == d.CurrentStep && !d.Status.IsFinalStatus())).ToList(),
            d.Consultations.OrderBy(c => c.Id).Select(c => new ConsultationView(c.Id, c.ToAgency!.LocalName(english), c.ToAgency.Code, c.Question,
                VietnamTime.ToLocal(c.RequestedAt), VietnamTime.ToLocal(c.DueAt), Local(c.AnsweredAt), c.Answer, c.Late)).ToList(),
            d.SupplementRequests.OrderBy(s => s.Id).Select(s => new SupplementView(s.Id, s.AtIntake, VietnamTime.ToLocal(s.RequestedAt),
                Lines(s.Items), s.Reason, Local(s.ReceivedAt))).ToList(),
            DossierForms.Applicable(d));
    }

    public static IReadOnlyList<string> Lines(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static DateTimeOffset? Local(DateTimeOffset? instant) => instant is null ? null : VietnamTime.ToLocal(instant.Value);

    private static bool IsFinalStatus(this Domain.Dossiers.DossierStatus status) => Domain.Dossiers.DossierStatuses.IsFinal(status);
}
