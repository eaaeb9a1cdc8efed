using MotCua.Web.Features.Catalogue;

namespace MotCua.Web.Features.OnlineSubmission;

/// <summary>
/// A citizen's online application not yet submitted: what they typed and the files they attached, kept so that they can
/// come back later. Submitting turns it into a dossier waiting for the one-stop's check; the draft is then gone.
/// </summary>
public sealed class OnlineDraft
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public int ProcedureId { get; set; }
    public Procedure? Procedure { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string ApplicantKind { get; set; } = "Person";
    public string FullName { get; set; } = "";
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public string? Notes { get; set; }
    public string? ReceivingPointCode { get; set; }
    public string? CompetentAgencyCode { get; set; }
    public string Language { get; set; } = "vi";
}
