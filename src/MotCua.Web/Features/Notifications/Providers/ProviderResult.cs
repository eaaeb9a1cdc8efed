namespace MotCua.Web.Features.Notifications.Providers;

/// <summary>
/// What a provider said about one message: accepted (with its id), or refused — and whether trying again may help
/// (a timeout or a 5xx may; a refused number or template will not).
/// </summary>
public sealed record ProviderResult(bool Accepted, string? ProviderId, bool Retryable, string? Error)
{
    public static ProviderResult Ok(string? providerId) => new(true, providerId, false, null);

    public static ProviderResult Failed(string error, bool retryable) => new(false, null, retryable, error);
}
