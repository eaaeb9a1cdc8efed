using System.Net;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Catalogue;

public abstract class CatalogueApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    [Theory]
    [InlineData("dang ky khai sinh", "1.001193")]
    [InlineData("ĐĂNG KÝ KHAI SINH", "1.001193")]
    [InlineData("Đăng ký khai sinh", "1.001193")]
    [InlineData("ly lich tu phap", "2.000488")]
    [InlineData("2.000488", "2.000488")]
    [InlineData("doi giay phep lai xe", "1.002804")]
    [InlineData("birth registration", "1.001193")]
    public async Task Search_ignores_diacritics_and_case(string query, string expectedCode)
    {
        using var client = app.CreateClient();

        var found = await client.Get($"/api/v1/procedures?q={Uri.EscapeDataString(query)}");

        Assert.Contains(expectedCode, found.EnumerateArray().Select(p => p.Str("code")));
    }

    [Fact]
    public async Task The_catalogue_holds_at_least_25_procedures_with_times_fees_documents_and_processes()
    {
        using var client = app.CreateClient();
        var all = await client.Get("/api/v1/procedures?limit=200");
        Assert.True(all.GetArrayLength() >= 25);

        var judicial = await client.Get("/api/v1/procedures/2.000488");
        Assert.Equal("WorkingDays", judicial.GetProperty("processingTime").Str("unit"));
        Assert.Equal(10m, judicial.GetProperty("processingTime").GetProperty("amount").GetDecimal());
        Assert.True(judicial.GetProperty("fees").GetArrayLength() > 0);
        Assert.True(judicial.GetProperty("documents").GetArrayLength() > 0);
        var allotments = judicial.GetProperty("steps").EnumerateArray().Sum(s => s.GetProperty("allotment").GetDecimal());
        Assert.Equal(10m, allotments);
        await (await client.GetAsync("/api/v1/procedures/0.000000")).Problem(HttpStatusCode.NotFound, "procedure-not-found");
    }
}

public sealed class CatalogueOnSqlite(SqliteApp app) : CatalogueApiTests<SqliteApp>(app);

public sealed class CatalogueOnPostgres(PostgresApp app) : CatalogueApiTests<PostgresApp>(app);
