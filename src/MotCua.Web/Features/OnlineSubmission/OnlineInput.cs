namespace MotCua.Web.Features.OnlineSubmission;

/// <summary>The fields of the online application form (files and reuse choices are read from the posted form).</summary>
public sealed class OnlineInput
{
    public long? DraftId { get; set; }
    public string? Kind { get; set; }
    public string? FullName { get; set; }
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public string? Notes { get; set; }
    public string? ReceivingPoint { get; set; }
    public string? Competent { get; set; }
    public string? Language { get; set; }
    /// <summary>"save", "submit" or "remove-&lt;file id&gt;": the button that posted the form.</summary>
    public string? Intent { get; set; }

    public DraftFields ToFields() => new(Kind, FullName, IdNumber, Phone, Email, Address, Notes, ReceivingPoint, Competent, Language);

    public void Fill(OnlineDraft d)
    {
        Kind = d.ApplicantKind;
        FullName = d.FullName;
        IdNumber = d.IdNumber;
        Phone = d.Phone;
        Email = d.Email;
        Address = d.Address;
        Notes = d.Notes;
        ReceivingPoint = d.ReceivingPointCode;
        Competent = d.CompetentAgencyCode;
        Language = d.Language;
    }
}
