using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests;

public sealed class OpenApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_app_serves_its_openapi_document_with_the_main_operations()
    {
        using var client = app.CreateClient();
        var doc = await client.Get("/api/v1/openapi.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/v1/auth/login", "/api/v1/dossiers", "/api/v1/dossiers/{code}", "/api/v1/dossiers/{code}/actions/{action}",
                     "/api/v1/procedures", "/api/v1/procedures/{code}", "/api/v1/public/dossiers/{code}", "/api/v1/calendar/due-date",
                     "/api/v1/dossiers/{code}/forms/{form}", "/api/v1/logbook/{agencyCode}/{year}", "/api/v1/dossiers/{code}/audit/verify" })
        {
            Assert.Contains(path, paths);
        }
    }
}
