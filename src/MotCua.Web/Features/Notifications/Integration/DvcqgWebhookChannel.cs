using System.Text;
using System.Text.Json;
using MotCua.Web.Features.Notifications.Channels;

namespace MotCua.Web.Features.Notifications.Integration;

/// <summary>
/// Outbound status notifications to the National Public Service Portal (issue 4 part 7): every event of a dossier is
/// POSTed as JSON to the configured webhook, signed (WebhookSignature). The event id is the delivery's idempotency key,
/// the same on every retry, so the portal can drop a repeat.
/// </summary>
public sealed class DvcqgWebhookChannel(DvcqgOptions options, IHttpClientFactory http, TimeProvider clock) : IIntegrationChannel
{
    public const string ChannelName = "dvcqg";
    public const string HttpClientName = "dvcqg-webhook";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => ChannelName;

    public bool IsConfigured => Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out _) && !string.IsNullOrEmpty(options.WebhookSecret);

    public string? Endpoint => options.WebhookUrl;

    /// <summary>The dossier's own events; the staff's internal ones (assignment, consultations) are not the portal's business.</summary>
    public bool Wants(string topic, long? dossierId) => dossierId is not null && !Outbox.OutboxTopics.IsStaff(topic);

    public string? AddressOf(ContactPoints contact) => null;

    public string Mask(string address) => Uri.TryCreate(address, UriKind.Absolute, out var u) ? u.Host + u.AbsolutePath : address;

    public static string Body(NotificationFacts facts, string eventId) => JsonSerializer.Serialize(new WebhookEvent(
        eventId, facts.Topic, facts.OccurredAt, facts.DossierCode, facts.Status, facts.DueAt, facts.ResultLink), Json);

    public async Task<string> SendAsync(NotificationRecipient recipient, RenderedMessage message, string idempotencyKey, CancellationToken ct)
    {
        var body = Body(message.Facts, idempotencyKey);
        var timestamp = WebhookSignature.Timestamp(clock.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, recipient.Address)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp);
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(options.WebhookSecret!, timestamp, body));
        request.Headers.Add(WebhookSignature.EventIdHeader, idempotencyKey);
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        HttpResponseMessage response;
        try
        {
            response = await http.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            throw new ChannelFailureException($"webhook {Mask(recipient.Address)}: {e.Message}", e);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new ChannelFailureException($"webhook {Mask(recipient.Address)} answered HTTP {(int)response.StatusCode}");
            }
            return response.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.First() : idempotencyKey;
        }
    }

    private sealed record WebhookEvent(
        string EventId, string Event, DateTimeOffset OccurredAt, string? DossierCode, string? Status, DateTimeOffset? DueAt, string? ResultLink);
}
