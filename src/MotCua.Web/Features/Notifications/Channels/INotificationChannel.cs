namespace MotCua.Web.Features.Notifications.Channels;

/// <summary>
/// A way to reach someone (e-mail, SMS, Zalo ZNS, the national portal's webhook), each an adapter speaking its
/// provider's documented protocol. A channel without configuration is off: the planner routes nothing to it.
/// </summary>
public interface INotificationChannel
{
    /// <summary>Stable name, stored in the delivery log and used in routes: "email", "sms", "zalo", "dvcqg".</summary>
    string Name { get; }

    bool IsConfigured { get; }

    /// <summary>The address of this channel among the recipient's contact points, or null when they gave none.</summary>
    string? AddressOf(ContactPoints contact);

    /// <summary>What the delivery log shows instead of the address (personal data stays masked).</summary>
    string Mask(string address);

    /// <summary>
    /// Sends once. Throws on failure (the dispatcher retries); returns the provider's id of the message. The idempotency
    /// key is the same on every attempt of this delivery: a provider that honours it turns a repeated send into one.
    /// </summary>
    Task<string> SendAsync(NotificationRecipient recipient, RenderedMessage message, string idempotencyKey, CancellationToken ct);
}

/// <summary>
/// The contact points a recipient gave: the applicant at intake, a citizen on their account, the portal by config; and
/// the channels they chose (null: no choice recorded, any channel with an address).
/// </summary>
public sealed record ContactPoints(string? Email, string? Phone, string? ZaloId = null, IReadOnlySet<string>? Chosen = null);

public sealed record NotificationRecipient(string Address, string Language);

/// <summary>
/// The message in the recipient's language, and the facts it was made from (an integration channel sends the facts,
/// a human channel the text).
/// </summary>
public sealed record RenderedMessage(string Subject, string Text, string Html, NotificationFacts Facts);

public sealed record NotificationFacts(
    long MessageId,
    string Topic,
    DateTimeOffset OccurredAt,
    string? DossierCode,
    string? Status,
    DateTimeOffset? DueAt,
    string? ResultLink,
    IReadOnlyDictionary<string, string> Values);
