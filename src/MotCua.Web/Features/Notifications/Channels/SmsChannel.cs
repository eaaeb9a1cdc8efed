using MotCua.Domain.Text;
using MotCua.Web.Features.Desk;
using MotCua.Web.Features.Notifications.Providers;

namespace MotCua.Web.Features.Notifications.Channels;

/// <summary>SMS through the brand-name gateway; the notice's text, without diacritics unless the gateway takes Unicode.</summary>
public sealed class SmsChannel(EsmsSmsClient client) : INotificationChannel
{
    public const string ChannelName = "sms";

    public string Name => ChannelName;

    public bool IsConfigured => client.IsConfigured;

    public string? AddressOf(ContactPoints contact) => PhoneNumbers.ToInternational(contact.Phone) is null ? null : contact.Phone!.Trim();

    public string Mask(string address) => ApplicantMasking.Phone(address) ?? "";

    public async Task<string> SendAsync(NotificationRecipient recipient, RenderedMessage message, string idempotencyKey, CancellationToken ct)
    {
        var result = await client.SendAsync(recipient.Address, message.Text, idempotencyKey, ct);
        return result.Accepted ? result.ProviderId ?? "" : throw new ChannelFailureException("SMS gateway: " + result.Error, permanent: !result.Retryable);
    }
}
