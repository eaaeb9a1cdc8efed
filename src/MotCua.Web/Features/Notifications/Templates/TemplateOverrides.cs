using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Notifications.Templates;

/// <summary>
/// The administrators' wordings, read by the dispatcher for every delivery: kept in memory and re-read at most every 30
/// seconds (other app nodes see an edit within that time; this node at once, <see cref="Invalidate"/>).
/// </summary>
public sealed class TemplateOverrides(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim loading = new(1, 1);
    private IReadOnlyDictionary<(string Topic, string Channel, string Language), Version[]>? cached;
    private DateTimeOffset loadedAt;

    /// <summary>A wording and the day it applies from.</summary>
    public sealed record Version(DateOnly EffectiveFrom, NotificationTemplates.Template Template);

    /// <summary>
    /// The wording in force on the day of the event <paramref name="at"/> for this channel, else the one for every channel,
    /// else null (the default applies).
    /// </summary>
    public async Task<NotificationTemplates.Template?> FindAsync(string topic, string channel, string language, DateTimeOffset at, CancellationToken ct)
    {
        var all = await AllAsync(ct);
        var lang = NotificationTemplates.Language(language);
        var day = VietnamTime.LocalDate(at);
        return InForce(all, (topic, channel, lang), day) ?? InForce(all, (topic, TemplateOverride.AnyChannel, lang), day);
    }

    public void Invalidate() => cached = null;

    /// <summary>An administrator's wording is sent as written: no default footer is added to it.</summary>
    public static NotificationTemplates.Template ToTemplate(string subject, string text, string html) => new(subject, text, html, Footer: false);

    public void Dispose() => loading.Dispose();

    private static NotificationTemplates.Template? InForce(
        IReadOnlyDictionary<(string, string, string), Version[]> all, (string, string, string) key, DateOnly day) =>
        all.TryGetValue(key, out var versions) ? versions.FirstOrDefault(v => v.EffectiveFrom <= day)?.Template : null;

    private async Task<IReadOnlyDictionary<(string, string, string), Version[]>> AllAsync(CancellationToken ct)
    {
        if (cached is { } fresh && clock.GetUtcNow() - loadedAt < Lifetime)
        {
            return fresh;
        }
        await loading.WaitAsync(ct);
        try
        {
            if (cached is { } again && clock.GetUtcNow() - loadedAt < Lifetime)
            {
                return again;
            }
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
            var rows = await db.Set<TemplateOverride>().AsNoTracking().ToListAsync(ct);
            // Newest first: the first version whose day has come is the one in force.
            cached = rows.GroupBy(r => (r.Topic, r.Channel, r.Language)).ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(r => r.EffectiveFrom).Select(r => new Version(r.EffectiveFrom, ToTemplate(r.Subject, r.Text, r.Html))).ToArray());
            loadedAt = clock.GetUtcNow();
            return cached;
        }
        finally
        {
            loading.Release();
        }
    }
}
