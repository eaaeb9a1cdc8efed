namespace MotCua.Web.Features.Feedback;

/// <summary>Why a feedback step is refused; keys "error.&lt;code&gt;" of FeedbackTexts.strings.json.</summary>
public static class FeedbackErrors
{
    public const string NotFound = "feedback-not-found";
    public const string NotAllowedNow = "feedback-step-not-allowed";
    public const string NotYourAgency = "feedback-not-your-agency";
    public const string Conflict = "feedback-changed-meanwhile";
    public const string TextRequired = "feedback-text-required";
    public const string AgencyRequired = "feedback-agency-required";
    public const string AlreadyVoted = "feedback-already-voted";
}
