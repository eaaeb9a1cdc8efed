using Microsoft.EntityFrameworkCore;
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
    private IReadOnlyDictionary<(string Topic, string Channel, string Language), NotificationTemplates.Template>? cached;
    private DateTimeOffset loadedAt;

    /// <summary>The wording for this channel, else the one for every channel, else null (the default applies).</summary>
    public async Task<NotificationTemplates.Template?> FindAsync(string topic, string channel, string language, CancellationToken ct)
    {
        var all = await AllAsync(ct);
        var lang = NotificationTemplates.Language(language);
        return all.GetValueOrDefault((topic, channel, lang)) ?? all.GetValueOrDefault((topic, TemplateOverride.AnyChannel, lang));
    }

    public void Invalidate() => cached = null;

    /// <summary>An administrator's wording is sent as written: no default footer is added to it.</summary>
    public static NotificationTemplates.Template ToTemplate(string subject, string text, string html) => new(subject, text, html, Footer: false);

    public void Dispose() => loading.Dispose();

    private async Task<IReadOnlyDictionary<(string, string, string), NotificationTemplates.Template>> AllAsync(CancellationToken ct)
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
            cached = rows.ToDictionary(r => (r.Topic, r.Channel, r.Language), r => ToTemplate(r.Subject, r.Text, r.Html));
            loadedAt = clock.GetUtcNow();
            return cached;
        }
        finally
        {
            loading.Release();
        }
    }
}
