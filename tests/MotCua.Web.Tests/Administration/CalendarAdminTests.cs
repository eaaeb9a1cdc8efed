using MotCua.Domain.Calendar;
using MotCua.Web.Features.Administration;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Administration;

/// <summary>Calendar overrides entered by the administrator change due dates at once (the cached calendar is dropped).</summary>
public abstract class CalendarAdminTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private const string DueDate = "/api/v1/calendar/due-date?from=2026-05-11T10:00:00%2B07:00&amount=3&unit=WorkingDays";

    [Fact]
    public async Task A_day_off_added_moves_the_due_date_at_once_and_removing_it_moves_it_back()
    {
        using var client = app.CreateClient();
        Assert.Equal(Vn(2026, 5, 14), (await client.Get(DueDate)).Time("dueAt"));

        var added = await app.AsAdmin<CalendarAdmin>((admin, actor) =>
            admin.AddOverrideAsync(2026, new OverrideInput { Date = "2026-05-13", Kind = nameof(OverrideKind.DayOff), Reason = "Nghỉ hoán đổi thử nghiệm" }, actor));

        Assert.True(added.Ok);
        Assert.Equal(Vn(2026, 5, 15), (await client.Get(DueDate)).Time("dueAt"));
        var year = await client.Get("/api/v1/calendar/2026");
        Assert.Contains(year.GetProperty("nonWorkingDays").EnumerateArray(), d => d.Str("date") == "2026-05-13" && d.Str("reason") == "Override");

        var id = await app.InDb(db => Task.FromResult(db.CalendarOverrides.Single(o => o.Date == new DateOnly(2026, 5, 13)).Id));
        Assert.True((await app.AsAdmin<CalendarAdmin>((admin, actor) => admin.RemoveOverrideAsync(id, actor))).Ok);
        Assert.Equal(Vn(2026, 5, 14), (await client.Get(DueDate)).Time("dueAt"));

        var log = await app.AuditOf(AdminEntities.CalendarOverride, "2026-05-13");
        Assert.Equal([AdminAuditAction.Create, AdminAuditAction.Delete], log.Select(e => e.Action));
        Assert.Equal("Nghỉ hoán đổi thử nghiệm", log[0].Summary().GetProperty("after").Str("Reason"));
    }

    [Fact]
    public async Task A_make_up_Saturday_becomes_a_working_day_for_due_dates()
    {
        using var client = app.CreateClient();
        const string url = "/api/v1/calendar/due-date?from=2026-10-08T10:00:00%2B07:00&amount=2&unit=WorkingDays";
        Assert.Equal(Vn(2026, 10, 12), (await client.Get(url)).Time("dueAt"));

        var added = await app.AsAdmin<CalendarAdmin>((admin, actor) =>
            admin.AddOverrideAsync(2026, new OverrideInput { Date = "2026-10-10", Kind = nameof(OverrideKind.WorkingDay), Reason = "Làm bù thử nghiệm" }, actor));

        Assert.True(added.Ok);
        Assert.Equal(Vn(2026, 10, 10), (await client.Get(url)).Time("dueAt"));
    }

    [Theory]
    [InlineData("2026-06-02", "DayOff", "", "Reason", "required")]
    [InlineData("2027-06-02", "DayOff", "x", "Date", "calendar.otherYear")]
    [InlineData("2026-06-07", "DayOff", "Chủ nhật", "Kind", "calendar.alreadyOff")]
    [InlineData("2026-06-03", "WorkingDay", "Thứ Tư", "Kind", "calendar.alreadyWorking")]
    [InlineData("2026-02-30", "DayOff", "x", "Date", "dateFormat")]
    public async Task An_override_needs_a_reason_a_date_of_the_year_and_must_change_something(string date, string kind, string reason, string field, string error)
    {
        var result = await app.AsAdmin<CalendarAdmin>((admin, actor) =>
            admin.AddOverrideAsync(2026, new OverrideInput { Date = date, Kind = kind, Reason = reason }, actor));

        Assert.Contains(error, result.Keys(field));
    }

    private static DateTimeOffset Vn(int y, int m, int d) => new(y, m, d, 17, 0, 0, TimeSpan.FromHours(7));
}

public sealed class CalendarAdminOnSqlite(SqliteApp app) : CalendarAdminTests<SqliteApp>(app);

public sealed class CalendarAdminOnPostgres(PostgresApp app) : CalendarAdminTests<PostgresApp>(app);
