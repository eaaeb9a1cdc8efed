using System.Net;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests;

/// <summary>A bare status reads as problem details on the API and as a page in the browser.</summary>
public sealed class StatusResponsesTests(SqliteApp app) : IClassFixture<SqliteApp>
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
}
