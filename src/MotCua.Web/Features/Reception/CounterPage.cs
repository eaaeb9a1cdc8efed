using Microsoft.AspNetCore.Components;

namespace MotCua.Web.Features.Reception;

/// <summary>
/// A counter page that works in its own service scope (its own DbContext, StaffScope, IntakeService, DossierCommands).
/// In static SSR the layout's OnInitializedAsync is still awaiting its queries when the page's starts, and both would
/// use the request's one DbContext; EF Core forbids two operations at once on a context, which PostgreSQL's truly
/// asynchronous driver exposes ("A second operation was started on this context instance").
/// </summary>
public abstract class CounterPage : ComponentBase, IAsyncDisposable
{
    private AsyncServiceScope? scope;

    [Inject] protected IServiceScopeFactory ScopeFactory { get; set; } = default!;

    protected T Get<T>() where T : notnull => (scope ??= ScopeFactory.CreateAsyncScope()).ServiceProvider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        if (scope is { } s)
        {
            await s.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}
