using System.Net;
using MotCua.Web.Tests.Desk;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests;

/// <summary>A bare status reads as problem details on the API and as a page in the browser, on both engines.</summary>
public abstract class StatusResponsesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    [Fact]
    public async Task An_unknown_api_address_answers_problem_details_with_a_stable_code()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/v1/khong-co");
        await response.Problem(HttpStatusCode.NotFound, "not-found");
    }

    [Theory]
    [InlineData("", "Không tìm thấy trang")]
    [InlineData("?lang=en", "Page not found")]
    public async Task An_unknown_page_answers_a_readable_page_with_status_404(string query, string heading)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/trang-khong-co" + query);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<h1>{heading}</h1>", html);
    }

    /// <summary>
    /// The re-executed status page once rendered the officer's header with queries the renderer did not wait for: the
    /// scope of the re-execution was disposed under them, and on PostgreSQL a response hung or failed within a few
    /// requests. A signed-in officer now gets every 403 and 404 page whole, request after request.
    /// </summary>
    [Fact]
    public async Task A_signed_in_officer_gets_every_refused_or_unknown_page_whole_request_after_request()
    {
        var officer = await app.PagesFor(Api.Reception);
        for (var i = 0; i < 40; i++)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            var refused = await officer.GetAsync("/can-bo/quan-tri", timeout.Token);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("<h1>Không có quyền truy cập</h1>", await refused.Content.ReadAsStringAsync(timeout.Token));
            var unknown = await officer.GetAsync("/can-bo/trang-khong-co-" + i, timeout.Token);
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Contains("<h1>Không tìm thấy trang</h1>", await unknown.Content.ReadAsStringAsync(timeout.Token));
        }
    }
}

public sealed class StatusResponsesOnSqlite(SqliteApp app) : StatusResponsesTests<SqliteApp>(app);

public sealed class StatusResponsesOnPostgres(PostgresApp app) : StatusResponsesTests<PostgresApp>(app);
