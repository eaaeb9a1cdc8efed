namespace MotCua.Web.Features.OnlineSubmission;

/// <summary>The strings shared by the online-submission pages and its errors (OnlineText.strings.json).</summary>
public sealed class OnlineText;
