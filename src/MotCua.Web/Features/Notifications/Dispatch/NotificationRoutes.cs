namespace MotCua.Web.Features.Notifications.Dispatch;

/// <summary>
/// Which of the applicant's channels a topic goes to, in order. Default: every channel that is on and for which the
/// recipient gave an address; staff topics reach no applicant (staff are told in the workspace). Configuration
/// Notifications:Routes:&lt;topic&gt; = "sms,email" overrides a topic; an empty value silences it.
/// </summary>
public static class NotificationRoutes
{
    public static readonly IReadOnlyList<string> ApplicantChannels = ["zalo", "sms", "email"];

    /// <summary>A reset link must reach the mailbox that asked for it, a reset code the phone, nothing else.</summary>
    private static readonly Dictionary<string, string[]> Defaults = new(StringComparer.Ordinal)
    {
        ["citizen.password-reset"] = ["email"],
        ["citizen.password-reset-code"] = ["sms"],
    };

    public static IReadOnlyList<string> For(string topic, IReadOnlyDictionary<string, string> configured)
    {
        if (configured.TryGetValue(topic, out var route))
        {
            return route.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        if (Defaults.TryGetValue(topic, out var fixedRoute))
        {
            return fixedRoute;
        }
        return Outbox.OutboxTopics.IsStaff(topic) ? [] : ApplicantChannels;
    }
}
