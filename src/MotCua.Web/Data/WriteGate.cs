namespace MotCua.Web.Data;

/// <summary>
/// SQLite takes one writer at a time. Concurrent intakes of this process queue here and each starts the moment the
/// previous one commits; left to SQLite they would each sleep in its busy handler (1, 2, 5 … 100 ms steps) while the
/// write lock sat free, which capped intake well below what one writer does (bench/RESULTS.md). Writers in other
/// processes still wait through busy_timeout. PostgreSQL locks rows, not the database: there the gate is open.
/// </summary>
public sealed class WriteGate(DatabaseProvider provider) : IDisposable
{
    private readonly SemaphoreSlim? gate = provider == DatabaseProvider.Sqlite ? new(1, 1) : null;

    public async ValueTask<Pass> EnterAsync(CancellationToken ct)
    {
        if (gate is not null)
        {
            await gate.WaitAsync(ct);
        }
        return new Pass(gate);
    }

    public void Dispose() => gate?.Dispose();

    public readonly struct Pass(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
