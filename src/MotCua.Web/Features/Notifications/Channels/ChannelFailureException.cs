namespace MotCua.Web.Features.Notifications.Channels;

/// <summary>
/// A provider refused or could not be reached; the message says what it answered (no secrets, no message body).
/// <see cref="Permanent"/>: the provider refused this message for good (a bad number, a rejected template, wrong
/// credentials) — retrying cannot help, so the message is parked at once for an operator instead of retried for hours.
/// </summary>
public sealed class ChannelFailureException(string message, Exception? inner = null, bool permanent = false) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
}
