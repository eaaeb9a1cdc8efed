namespace MotCua.Web.Features.Forms;

// Inputs of the forms of Circular 01/2018/TT-VPCP (Art. 9, Appendix). All times are printed in Vietnam time (UTC+07:00).

/// <summary>Heading of every form, e.g. "UBND TỈNH ĐỒNG NAI", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Đồng Nai".</summary>
public sealed record FormHeader(string ParentAgencyName, string IssuingUnitName, string PlaceName);

public sealed record FormApplicant(string FullName, string? IdNumber, string? Address, string? Phone, string? Email);

/// <summary>One submitted document; Form is "Bản chính", "Bản sao", "Bản sao chứng thực" or "Xuất trình".</summary>
public sealed record FormDocumentLine(string Name, string Form, int Count);

/// <summary>Form 01: receipt and appointment for the result.</summary>
public sealed record ReceiptForm(FormHeader Header, string DossierCode, FormApplicant Applicant, string ProcedureName,
    IReadOnlyList<FormDocumentLine> Documents, int Sets, string StatutoryTime, DateTimeOffset ReceivedAt, DateTimeOffset DueAt,
    string ResultPlace, int? LogBookNumber, string ReceiverName, string LookupUrl);

/// <summary>Form 02: request to supplement or complete the dossier.</summary>
public sealed record SupplementRequestForm(FormHeader Header, string? DossierCode, FormApplicant Applicant, string ProcedureName,
    IReadOnlyList<string> Items, string Reason, string OfficerName, string? OfficerPhone, DateTimeOffset IssuedAt);

/// <summary>Form 03: refusal to receive or process the dossier.</summary>
public sealed record RefusalForm(FormHeader Header, string? DossierCode, FormApplicant Applicant, string ProcedureName,
    IReadOnlyList<string> Reasons, string OfficerName, DateTimeOffset IssuedAt);

/// <summary>Form 04: apology and new date for the result.</summary>
public sealed record ApologyForm(FormHeader Header, string DossierCode, FormApplicant Applicant, string ProcedureName,
    DateTimeOffset ReceivedAt, DateTimeOffset OriginalDueAt, DateTimeOffset NewDueAt, string Reason,
    string ProcessingAgencyName, string SignerName, string SignerTitle, DateTimeOffset IssuedAt);

/// <summary>One hand-over in Form 05; Result is "Trước hạn", "Đúng hạn", "Quá hạn" or null while pending.</summary>
public sealed record ControlSlipRow(string AgencyName, string StepName, DateTimeOffset? HandedOverAt, string? HandedOverBy,
    DateTimeOffset? ReceivedAt, string? ReceivedBy, DateTimeOffset? DueAt, string? Result, string? Note);

/// <summary>Form 05: control slip of the processing.</summary>
public sealed record ControlSlipForm(FormHeader Header, string DossierCode, FormApplicant Applicant, string ProcedureName,
    DateTimeOffset ReceivedAt, DateTimeOffset DueAt, string ProcessingAgencyName, IReadOnlyList<ControlSlipRow> Rows);

public sealed record LogBookRow(int Number, string DossierCode, string ProcedureName, int Sets, string ApplicantName,
    string ApplicantAddressPhone, string LeadAgency, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, DateTimeOffset? TransferredAt,
    DateTimeOffset? ResultReceivedAt, DateTimeOffset? ReturnedAt, string? Note);

/// <summary>Form 06: the dossier log book of one year.</summary>
public sealed record LogBookForm(FormHeader Header, string AgencyName, int Year, IReadOnlyList<LogBookRow> Rows);
