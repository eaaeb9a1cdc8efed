using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Reception;

/// <summary>
/// The intake form as posted by the counter page. <see cref="Key"/> is generated when the form is first shown and
/// posted back unchanged, so a double click or a resubmitted form is one intake (IntakeService replays the first).
/// </summary>
public sealed class IntakeInput
{
    public string? Key { get; set; }
    public string? Outcome { get; set; }
    public string? Kind { get; set; } = nameof(ApplicantKind.Person);
    public string? FullName { get; set; }
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public string? Language { get; set; } = "vi";
    /// <summary>Channels ticked for notices; none ticked means "by the contacts given" (SMS to a phone, e-mail to an address).</summary>
    public List<string>? NotifyBy { get; set; }
    public string? Channel { get; set; } = nameof(Dossiers.Channel.Counter);
    public string? ReceivingPoint { get; set; }
    public string? Competent { get; set; }
    /// <summary>The document codes ticked; null when none is (the form binder leaves an absent list null).</summary>
    public List<string>? Received { get; set; }
    /// <summary>Items to supplement beyond the unticked mandatory ones, one a line.</summary>
    public string? MissingItems { get; set; }
    /// <summary>Reasons for refusal, one a line.</summary>
    public string? Reasons { get; set; }
    public string? Note { get; set; }

    /// <summary>The request for <see cref="IntakeService"/>; only the outcome chosen carries its list.</summary>
    public IntakeRequest ToRequest(string procedureCode)
    {
        var outcome = Enum.TryParse<IntakeOutcome>(Outcome, true, out var o) ? o : IntakeOutcome.Accept;
        return new IntakeRequest(
            procedureCode,
            Channel,
            new ApplicantInput(Kind, FullName, IdNumber, Phone, Email, Address),
            (Received ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            Blank(ReceivingPoint),
            Blank(Competent),
            outcome.ToString(),
            outcome == IntakeOutcome.RequestSupplement ? Lines(MissingItems) : null,
            outcome == IntakeOutcome.Refuse ? Lines(Reasons) : null,
            Blank(Note),
            Language,
            NotifyBy?.Where(c => !string.IsNullOrWhiteSpace(c)).ToArray());
    }

    public bool Ticked(string code) => Received?.Contains(code, StringComparer.OrdinalIgnoreCase) == true;

    public bool Notified(NotifyChannels channel) => NotifyBy?.Contains(channel.ToString(), StringComparer.OrdinalIgnoreCase) == true;

    public void Fill(KnownApplicant known)
    {
        Kind = known.Kind.ToString();
        FullName = known.FullName;
        IdNumber = known.IdNumber;
        Phone = known.Phone;
        Email = known.Email;
        Address = known.Address;
        Language = known.Language;
    }

    public static string[] Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
