namespace MotCua.Web.Features.Notifications;

/// <summary>Configuration section Notifications (channels have their own subsections: Notifications:Email, …).</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The hosted dispatcher loop; off in tests that drive <c>OutboxDispatcher.DispatchOnceAsync</c> themselves.</summary>
    public bool DispatcherEnabled { get; set; } = true;
    public double PollSeconds { get; set; } = 5;
    public int BatchSize { get; set; } = 20;
    /// <summary>A claimed message is another dispatcher's to take once this ends (the claimer crashed or hangs).</summary>
    public double LeaseSeconds { get; set; } = 120;
    /// <summary>Rounds of delivery before a message is parked for an administrator.</summary>
    public int MaxAttempts { get; set; } = 8;
    public double RetryBaseSeconds { get; set; } = 30;
    public double RetryMaxSeconds { get; set; } = 6 * 3600;
    /// <summary>The public address of this MotCua, for the links in messages (e-receipt, lookup, result).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";
    /// <summary>Per topic, the applicant's channels in order (e.g. "dossier.result-ready": "sms,email"); defaults in NotificationRoutes.</summary>
    public Dictionary<string, string> Routes { get; set; } = [];
    /// <summary>How often open steps are checked against their due time (staff.step-overdue); 0 turns the scan off.</summary>
    public double OverdueScanSeconds { get; set; } = 300;
    /// <summary>Staff events also go to the officer's e-mail (when the e-mail channel is on), beside the workspace inbox.</summary>
    public bool StaffEmail { get; set; } = true;
}
