using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Notifications.Channels;

namespace MotCua.Web.Features.Notifications.Staff;

/// <summary>
/// The staff workspace as a channel: the notice is written to the officer's inbox. Always on; never an applicant's
/// channel (it has no address among an applicant's contact points). The address is the officer's user id.
/// </summary>
public sealed class WorkspaceChannel(IServiceScopeFactory scopes, TimeProvider clock) : INotificationChannel
{
    public const string ChannelName = "workspace";

    public string Name => ChannelName;

    public bool IsConfigured => true;

    public string? AddressOf(ContactPoints contact) => null;

    public string Mask(string address) => address;

    public async Task<string> SendAsync(NotificationRecipient recipient, RenderedMessage message, string idempotencyKey, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        // Written already by an attempt that crashed before it was recorded as sent: the same notice, not a second one.
        var existing = await db.Set<StaffNotice>().Where(n => n.IdempotencyKey == idempotencyKey).Select(n => (long?)n.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            return $"notice-{id}";
        }
        var notice = new StaffNotice
        {
            UserId = recipient.Address,
            Topic = message.Facts.Topic,
            DossierCode = message.Facts.DossierCode,
            Subject = Truncate(message.Subject, 300),
            Text = Truncate(message.Text, 4000),
            CreatedAt = clock.GetUtcNow(),
            IdempotencyKey = idempotencyKey,
        };
        db.Add(notice);
        using (await scope.ServiceProvider.GetRequiredService<WriteGate>().EnterAsync(ct))
        {
            await db.SaveChangesAsync(ct);
        }
        return $"notice-{notice.Id}";
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
