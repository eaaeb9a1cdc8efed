using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Reception;

/// <summary>One counter action as posted from the find page; <see cref="Version"/> is the version the officer saw.</summary>
public sealed class ActInput
{
    public string? Action { get; set; }
    public int? Version { get; set; }
    public string? Note { get; set; }
    public string? Method { get; set; }
    public string? TrackingNumber { get; set; }
    /// <summary>The applicant's reasons for a withdrawal, one a line.</summary>
    public string? Reasons { get; set; }

    /// <summary>The body of the action: each action carries only what it reads.</summary>
    public ActionRequest ToRequest(DossierAction action)
    {
        var reasons = IntakeInput.Lines(Reasons);
        var post = string.Equals(Method, nameof(ReturnMethod.Post), StringComparison.OrdinalIgnoreCase);
        return new ActionRequest(
            Note: string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(),
            Reasons: action == DossierAction.Withdraw && reasons.Length > 0 ? reasons : null,
            Method: action == DossierAction.Return ? Method : null,
            TrackingNumber: action == DossierAction.Return && post && !string.IsNullOrWhiteSpace(TrackingNumber) ? TrackingNumber.Trim() : null);
    }
}
