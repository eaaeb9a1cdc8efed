using System.Net;
using System.Net.Mail;
using System.Text;
using MotCua.Web.Features.Desk;

namespace MotCua.Web.Features.Notifications.Channels;

public sealed class EmailOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string? From { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public bool EnableSsl { get; set; }
}

/// <summary>
/// E-mail over SMTP (System.Net.Mail; MailKit is not available here, STACK.md §8): UTF-8 subject, multipart text + HTML.
/// SMTP has no idempotency key; the key goes out as the Message-ID, so a mail client shows a repeated send as one message.
/// </summary>
public sealed class EmailChannel(EmailOptions options) : INotificationChannel
{
    public const string ChannelName = "email";

    public string Name => ChannelName;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Host) && !string.IsNullOrWhiteSpace(options.From);

    public string? AddressOf(ContactPoints contact) =>
        string.IsNullOrWhiteSpace(contact.Email) || !MailAddress.TryCreate(contact.Email.Trim(), out _) ? null : contact.Email.Trim();

    public string Mask(string address) => ApplicantMasking.Email(address) ?? "";

    public async Task<string> SendAsync(NotificationRecipient recipient, RenderedMessage message, string idempotencyKey, CancellationToken ct)
    {
        var from = new MailAddress(options.From!);
        var messageId = $"<{idempotencyKey}@{from.Host}>";
        using var mail = new MailMessage(from, new MailAddress(recipient.Address))
        {
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            Body = message.Text,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        mail.Headers.Add("Message-ID", messageId);
        mail.Headers.Add("X-MotCua-Idempotency-Key", idempotencyKey);
        mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.Html, Encoding.UTF8, "text/html"));
        using var client = new SmtpClient(options.Host, options.Port) { EnableSsl = options.EnableSsl };
        if (!string.IsNullOrEmpty(options.UserName))
        {
            client.Credentials = new NetworkCredential(options.UserName, options.Password);
        }
        try
        {
            await client.SendMailAsync(mail, ct);
        }
        catch (SmtpException e)
        {
            throw new ChannelFailureException($"SMTP {options.Host}:{options.Port}: {e.StatusCode} {e.Message}", e);
        }
        return messageId;
    }
}
