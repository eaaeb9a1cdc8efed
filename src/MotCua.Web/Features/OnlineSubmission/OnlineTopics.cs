namespace MotCua.Web.Features.OnlineSubmission;

/// <summary>Events of online submission for the notification dispatcher (written in the same transaction).</summary>
public static class OnlineTopics
{
    /// <summary>A dossier was submitted online and waits for the one-stop's check.</summary>
    public const string Submitted = "online.submitted";
    /// <summary>The applicant supplied, online, what the check asked for: back in the queue.</summary>
    public const string Resubmitted = "online.resubmitted";
    /// <summary>The applicant sent online the supplement asked for during processing: the one-stop receives it.</summary>
    public const string SupplementSent = "online.supplement-sent";
}
