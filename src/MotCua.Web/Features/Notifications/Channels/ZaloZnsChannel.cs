using MotCua.Domain.Text;
using MotCua.Web.Features.Desk;
using MotCua.Web.Features.Notifications.Providers;

namespace MotCua.Web.Features.Notifications.Channels;

/// <summary>
/// Zalo ZNS: only the events with a template approved by Zalo (Notifications:Zns:Templates:&lt;topic&gt;), whose
/// parameters are filled from the event's facts under the names below — register the templates with these names.
/// </summary>
public sealed class ZaloZnsChannel(ZnsClient client) : INotificationChannel, ITopicAware
{
    public const string ChannelName = "zalo";

    public string Name => ChannelName;

    public bool IsConfigured => client.IsConfigured;

    public bool Handles(string topic) => client.TemplateFor(topic) is not null;

    public string? AddressOf(ContactPoints contact) => PhoneNumbers.ToInternational(contact.Phone) is null ? null : contact.Phone!.Trim();

    public string Mask(string address) => ApplicantMasking.Phone(address) ?? "";

    public async Task<string> SendAsync(NotificationRecipient recipient, RenderedMessage message, string idempotencyKey, CancellationToken ct)
    {
        var template = client.TemplateFor(message.Facts.Topic) ?? throw new ChannelFailureException("no ZNS template for " + message.Facts.Topic);
        var values = message.Facts.Values;
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ma_ho_so"] = message.Facts.DossierCode ?? "",
            ["ten_thu_tuc"] = values.GetValueOrDefault("procedure", ""),
            ["ngay_hen_tra"] = values.GetValueOrDefault("dueDate", ""),
            ["trang_thai"] = message.Facts.Status ?? "",
            ["duong_dan"] = values.GetValueOrDefault("lookupLink", ""),
        };
        var result = await client.SendAsync(recipient.Address, template, data, idempotencyKey, ct);
        return result.Accepted ? result.ProviderId ?? "" : throw new ChannelFailureException("Zalo ZNS: " + result.Error, permanent: !result.Retryable);
    }
}
