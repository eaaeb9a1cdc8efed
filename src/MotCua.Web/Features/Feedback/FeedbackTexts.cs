namespace MotCua.Web.Features.Feedback;

/// <summary>The strings of the feedback pages (FeedbackTexts.strings.json).</summary>
public sealed class FeedbackTexts;
