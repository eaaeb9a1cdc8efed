using System.Net.Mail;

namespace MotCua.Web.Features.Feedback;

/// <summary>The feedback form, filled in by the sender on the portal or by the 1022 operator during a call.</summary>
public sealed class FeedbackSubmission
{
    public FeedbackKind Kind { get; set; } = FeedbackKind.Feedback;
    public FeedbackSubject Subject { get; set; } = FeedbackSubject.Procedure;
    public string? ProcedureCode { get; set; }
    public string? DossierCode { get; set; }
    public string? Title { get; set; }
    public string? Content { get; set; }
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public bool Consent { get; set; }

    /// <summary>Field name → error key of FeedbackTexts ("field.*"); empty when the form can be accepted.</summary>
    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        if (!Enum.IsDefined(Kind)) errors["Kind"] = "field.required";
        if (!Enum.IsDefined(Subject)) errors["Subject"] = "field.required";
        if (Subject == FeedbackSubject.Procedure && string.IsNullOrWhiteSpace(ProcedureCode)) errors["ProcedureCode"] = "field.procedureRequired";
        if (!string.IsNullOrWhiteSpace(DossierCode) && !MotCua.Domain.Dossiers.DossierCode.TryParse(DossierCode.Trim(), out _, out _, out _))
        {
            errors["DossierCode"] = "field.dossierCode";
        }
        Required(errors, "Title", Title, FeedbackCase.TitleMaxLength);
        Required(errors, "Content", Content, FeedbackCase.ContentMaxLength);
        Required(errors, "Name", Name, 200);
        var phone = NormalisedPhone;
        var email = Email?.Trim();
        if (string.IsNullOrEmpty(phone) && string.IsNullOrEmpty(email))
        {
            errors["Phone"] = "field.contactRequired";
        }
        if (!string.IsNullOrEmpty(Phone) && (phone is null || phone.Length is < 9 or > 12))
        {
            errors["Phone"] = "field.phone";
        }
        if (!string.IsNullOrEmpty(email) && (email.Length > 254 || !MailAddress.TryCreate(email, out _)))
        {
            errors["Email"] = "field.email";
        }
        if (!Consent) errors["Consent"] = "field.consent";
        return errors;
    }

    /// <summary>The digits of the phone (a leading + kept); null when something else than digits and separators was typed.</summary>
    public string? NormalisedPhone
    {
        get
        {
            if (string.IsNullOrWhiteSpace(Phone)) return null;
            var kept = Phone.Trim().Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-').ToArray();
            var text = new string(kept);
            return text.Length > 0 && (text[0] == '+' ? text[1..] : text).All(char.IsAsciiDigit) ? text : null;
        }
    }

    private static void Required(Dictionary<string, string> errors, string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = "field.required";
        else if (value.Trim().Length > max) errors[field] = "field.tooLong";
    }
}
