namespace MotCua.Web.Features.Notifications.Channels;

/// <summary>A provider refused or could not be reached; the message says what it answered (no secrets, no message body).</summary>
public sealed class ChannelFailureException(string message, Exception? inner = null) : Exception(message, inner);
