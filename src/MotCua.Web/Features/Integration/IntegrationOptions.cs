namespace MotCua.Web.Features.Integration;

/// <summary>
/// The systems allowed to call the integration API (section "Integration"): Clients:&lt;api key&gt;:Secret, e.g. the
/// National Public Service Portal as "dvcqg". A client without a secret cannot call.
/// </summary>
public sealed class IntegrationOptions
{
    public Dictionary<string, IntegrationClient> Clients { get; set; } = new(StringComparer.Ordinal);
    /// <summary>How far a call's timestamp may be from now; signatures are remembered this long to refuse replays.</summary>
    public int MaxSkewSeconds { get; set; } = 300;

    public sealed class IntegrationClient
    {
        public string? Name { get; set; }
        public string? Secret { get; set; }
    }
}
