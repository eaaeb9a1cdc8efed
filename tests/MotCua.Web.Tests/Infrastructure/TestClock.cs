namespace MotCua.Web.Tests.Infrastructure;

/// <summary>A clock the test moves: the application takes its time only from the injected TimeProvider.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset now;

    public TestClock(DateTimeOffset start) => now = start;

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public void Set(DateTimeOffset instant) => now = instant;

    public void Advance(TimeSpan by) => now += by;

    /// <summary>Vietnam local time, e.g. At(2026, 2, 13, 10, 0).</summary>
    public static DateTimeOffset Vn(int year, int month, int day, int hour = 9, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));
}
