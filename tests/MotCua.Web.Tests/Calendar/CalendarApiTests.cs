using System.Net;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Calendar;

public sealed class CalendarApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("2026-02-13T10:00:00+07:00", "1", "WorkingDays", "2026-02-23T17:00:00+07:00")]
    [InlineData("2026-02-13T03:00:00Z", "1", "WorkingDays", "2026-02-23T17:00:00+07:00")]
    [InlineData("2026-03-02T14:00:00+07:00", "1", "SameDay", "2026-03-02T17:00:00+07:00")]
    [InlineData("2026-03-02T15:30:00+07:00", "1", "SameDay", "2026-03-03T17:00:00+07:00")]
    [InlineData("2026-08-28T10:00:00+07:00", "1", "WorkingDays", "2026-09-03T17:00:00+07:00")]
    public async Task Due_date_endpoint_counts_over_the_working_calendar(string from, string amount, string unit, string expected)
    {
        using var client = app.CreateClient();

        var json = await client.Get($"/api/v1/calendar/due-date?from={Uri.EscapeDataString(from)}&amount={amount}&unit={unit}");

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), json.Time("dueAt"));
        Assert.EndsWith("+07:00", json.GetProperty("dueAt").GetRawText().Trim('"'));
    }

    [Theory]
    [InlineData("from=2026-02-13&amount=1&unit=WorkingDays", "from")]
    [InlineData("from=2026-02-13T10:00:00%2B07:00&amount=-1&unit=WorkingDays", "amount")]
    [InlineData("from=2026-02-13T10:00:00%2B07:00&amount=1&unit=Weeks", "unit")]
    public async Task Due_date_endpoint_rejects_bad_input_with_field_errors(string query, string field)
    {
        using var client = app.CreateClient();
        var problem = await (await client.GetAsync($"/api/v1/calendar/due-date?{query}")).Problem(HttpStatusCode.BadRequest, "validation-failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Year_endpoint_lists_tet_2026_and_the_make_up_saturday()
    {
        using var client = app.CreateClient();

        var year = await client.Get("/api/v1/calendar/2026");

        var off = year.GetProperty("nonWorkingDays").EnumerateArray().Select(d => d.Str("date")).ToHashSet();
        foreach (var day in new[] { "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-04-27", "2026-08-31", "2026-09-01", "2026-09-02" })
        {
            Assert.Contains(day, off);
        }
        Assert.Contains("2026-08-22", year.GetProperty("makeUpWorkingDays").EnumerateArray().Select(d => d.Str("date")));
        Assert.DoesNotContain("2026-08-22", off);
    }
}
