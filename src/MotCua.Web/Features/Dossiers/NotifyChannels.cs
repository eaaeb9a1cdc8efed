namespace MotCua.Web.Features.Dossiers;

/// <summary>How the applicant wants to hear about the dossier (Decree 61: email, SMS or an approved social network).</summary>
[Flags]
public enum NotifyChannels
{
    None = 0,
    Sms = 1,
    Zalo = 2,
    Email = 4,
}

public static class NotifyChannelChoice
{
    /// <summary>
    /// The channels asked for, checked against the contact details given; when none is asked for, SMS to a phone and
    /// e-mail to an address, so that nobody who left a contact is left without notices.
    /// </summary>
    public static (NotifyChannels Channels, string? ErrorKey) Resolve(string[]? requested, string? phone, string? email)
    {
        var hasPhone = !string.IsNullOrWhiteSpace(phone);
        var hasEmail = !string.IsNullOrWhiteSpace(email);
        var wanted = (requested ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        if (wanted.Count == 0)
        {
            return ((hasPhone ? NotifyChannels.Sms : NotifyChannels.None) | (hasEmail ? NotifyChannels.Email : NotifyChannels.None), null);
        }
        var channels = NotifyChannels.None;
        foreach (var name in wanted)
        {
            if (!Enum.TryParse<NotifyChannels>(name.Trim(), true, out var one) || one == NotifyChannels.None || !Enum.IsDefined(one))
            {
                return (NotifyChannels.None, "field.notifyBy");
            }
            channels |= one;
        }
        if (channels.HasFlag(NotifyChannels.Email) && !hasEmail)
        {
            return (channels, "field.notifyNeedsEmail");
        }
        if ((channels.HasFlag(NotifyChannels.Sms) || channels.HasFlag(NotifyChannels.Zalo)) && !hasPhone)
        {
            return (channels, "field.notifyNeedsPhone");
        }
        return (channels, null);
    }

    public static string[] Names(NotifyChannels channels) =>
        Enum.GetValues<NotifyChannels>().Where(c => c != NotifyChannels.None && channels.HasFlag(c)).Select(c => c.ToString()).ToArray();
}
