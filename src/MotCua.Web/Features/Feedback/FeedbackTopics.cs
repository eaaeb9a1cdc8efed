namespace MotCua.Web.Features.Feedback;

/// <summary>Outbox topics of the feedback feature; the notification dispatcher routes on them.</summary>
public static class FeedbackTopics
{
    /// <summary>
    /// An answer was published: tell the sender. Payload: trackingCode, feedbackId, name, phone, email, language, url
    /// (the contact is in the payload because the message has no dossier to look it up from).
    /// </summary>
    public const string Answered = "feedback.answered";
}
