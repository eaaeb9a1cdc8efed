namespace MotCua.Web.Features.Notifications.Channels;

/// <summary>A channel that can carry only some events (Zalo ZNS: only topics with a template approved by Zalo).</summary>
public interface ITopicAware
{
    bool Handles(string topic);
}
