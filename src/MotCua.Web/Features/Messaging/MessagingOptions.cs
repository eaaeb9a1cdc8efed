namespace MotCua.Web.Features.Messaging;

/// <summary>Configuration of the inbound messaging channels (section "Messaging"). A channel without its secret is off.</summary>
public sealed class MessagingOptions
{
    public ZaloOptions Zalo { get; set; } = new();
    public SmsOptions Sms { get; set; } = new();
    /// <summary>Messages one sender may send in a minute before the bot stops answering them for a while.</summary>
    public int PerSenderPerMinute { get; set; } = 6;

    public sealed class ZaloOptions
    {
        public string? AppId { get; set; }
        /// <summary>The Official Account's secret key: it signs the webhook (X-ZEvent-Signature).</summary>
        public string? OaSecretKey { get; set; }
        /// <summary>The OA access token for replies through the OA API.</summary>
        public string? AccessToken { get; set; }
        public string ApiBaseUrl { get; set; } = "https://openapi.zalo.me";
        /// <summary>How far the event's timestamp may be from now before the call counts as a replay.</summary>
        public int MaxSkewSeconds { get; set; } = 300;
        public bool IsConfigured => !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrWhiteSpace(OaSecretKey) && !string.IsNullOrWhiteSpace(AccessToken);
    }

    public sealed class SmsOptions
    {
        /// <summary>Shared secret of the SMS keyword gateway: HMAC-SHA256 of "timestamp.body".</summary>
        public string? Secret { get; set; }
        /// <summary>Vietnamese without diacritics, as most brand-name SMS routes require.</summary>
        public bool AsciiOnly { get; set; } = true;
        /// <summary>Two concatenated GSM segments.</summary>
        public int MaxLength { get; set; } = 306;
        public int MaxSkewSeconds { get; set; } = 300;
        public bool IsConfigured => !string.IsNullOrWhiteSpace(Secret);
    }
}
