using System.Text.RegularExpressions;
using MotCua.Web.Features.Catalogue;

namespace MotCua.Web.Features.Dossiers;

public enum IntakeOutcome { Accept, RequestSupplement, Refuse }

public sealed record ApplicantInput(string? Kind, string? FullName, string? IdNumber, string? Phone, string? Email, string? Address);

/// <summary>
/// What the reception officer records at the counter (or what arrives by post or online): Decree 61 Art. 15 gives three
/// outcomes: accept, ask once for everything missing (Form 02), or refuse with reasons (Form 03).
/// </summary>
public sealed record IntakeRequest(
    string? ProcedureCode,
    string? Channel,
    ApplicantInput? Applicant,
    string[]? ReceivedComponents,
    string? ReceivingPointCode,
    string? CompetentAgencyCode,
    string? Outcome,
    string[]? MissingItems,
    string[]? Reasons,
    string? Note,
    string? Language,
    string[]? NotifyBy = null);

public static partial class IntakeValidation
{
    [GeneratedRegex(@"^(\d{9}|\d{12})$")] private static partial Regex PersonId();
    [GeneratedRegex(@"^\d{10}(-\d{3})?$")] private static partial Regex TaxCode();
    [GeneratedRegex(@"^(0|\+84)\d{9}$")] private static partial Regex Phone();
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")] private static partial Regex Email();

    /// <summary>Field → message keys (Resources/Messages*.resx); empty when the request is well formed.</summary>
    public static Dictionary<string, string[]> Check(IntakeRequest r)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string key)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }
            list.Add(key);
        }

        if (string.IsNullOrWhiteSpace(r.ProcedureCode)) Add("procedureCode", "field.required");
        if (r.Channel is not null && !Enum.TryParse<Channel>(r.Channel, true, out _)) Add("channel", "field.channel");
        if (r.Outcome is not null && !Enum.TryParse<IntakeOutcome>(r.Outcome, true, out _)) Add("outcome", "field.outcome");
        if (r.Language is not null && r.Language is not ("vi" or "en")) Add("language", "field.language");
        var a = r.Applicant;
        if (a is null)
        {
            Add("applicant", "field.required");
        }
        else
        {
            var kind = ApplicantKind.Person;
            if (a.Kind is not null && !Enum.TryParse(a.Kind, true, out kind)) Add("applicant.kind", "field.applicantKind");
            if (string.IsNullOrWhiteSpace(a.FullName)) Add("applicant.fullName", "field.required");
            else if (a.FullName.Length > 300) Add("applicant.fullName", "field.tooLong");
            if (!string.IsNullOrWhiteSpace(a.IdNumber))
            {
                var ok = kind == ApplicantKind.Person ? PersonId().IsMatch(a.IdNumber.Trim()) : TaxCode().IsMatch(a.IdNumber.Trim());
                if (!ok) Add("applicant.idNumber", kind == ApplicantKind.Person ? "field.personId" : "field.taxCode");
            }
            if (!string.IsNullOrWhiteSpace(a.Phone) && !Phone().IsMatch(NormalisePhone(a.Phone))) Add("applicant.phone", "field.phone");
            if (!string.IsNullOrWhiteSpace(a.Email) && (a.Email.Length > 254 || !Email().IsMatch(a.Email.Trim()))) Add("applicant.email", "field.email");
            if (a.Address?.Length > 500) Add("applicant.address", "field.tooLong");
        }
        if (a is not null && NotifyChannelChoice.Resolve(r.NotifyBy, a.Phone, a.Email).ErrorKey is { } notifyError) Add("notifyBy", notifyError);
        var outcome = Enum.TryParse<IntakeOutcome>(r.Outcome, true, out var o) ? o : IntakeOutcome.Accept;
        if (outcome == IntakeOutcome.Refuse && (r.Reasons is null || !r.Reasons.Any(s => !string.IsNullOrWhiteSpace(s))))
        {
            Add("reasons", "field.reasonsRequired");
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    public static string NormalisePhone(string phone) =>
        new string(phone.Where(c => char.IsDigit(c) || c == '+').ToArray());

    public static string FormName(DocumentForm form) => form switch
    {
        DocumentForm.Original => "Bản chính",
        DocumentForm.Copy => "Bản sao",
        DocumentForm.CertifiedCopy => "Bản sao chứng thực",
        DocumentForm.Presented => "Xuất trình",
    };
}
