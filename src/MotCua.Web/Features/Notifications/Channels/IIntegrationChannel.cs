namespace MotCua.Web.Features.Notifications.Channels;

/// <summary>
/// A channel to a system rather than a person (the national portal's webhook): its one address comes from configuration,
/// and it chooses the topics it is told about.
/// </summary>
public interface IIntegrationChannel : INotificationChannel
{
    string? Endpoint { get; }

    bool Wants(string topic, long? dossierId);
}
