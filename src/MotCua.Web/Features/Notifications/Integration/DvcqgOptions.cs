namespace MotCua.Web.Features.Notifications.Integration;

/// <summary>Configuration section Integration:Dvcqg (the outbound half; the inbound API has its own keys).</summary>
public sealed class DvcqgOptions
{
    public const string Section = "Integration:Dvcqg";

    public string? WebhookUrl { get; set; }
    public string? WebhookSecret { get; set; }
    public int TimeoutSeconds { get; set; } = 15;
}
