using System.Net;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests;

public abstract class OrganisationApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    [Fact]
    public async Task Agencies_in_effect_exclude_those_ended_by_the_2025_reform_and_name_their_successor()
    {
        using var client = app.CreateClient();

        var today = await client.Get("/api/v1/agencies");
        var before = await client.Get("/api/v1/agencies?on=2025-01-15");

        var current = today.EnumerateArray().ToList();
        Assert.True(current.Count(a => a.Str("kind") == "Department") >= 12);
        Assert.True(current.Count(a => a.Str("kind") == "Commune") >= 8);
        Assert.DoesNotContain(current, a => a.Str("code") == "000.00.15.H19");
        var planning = before.EnumerateArray().Single(a => a.Str("code") == "000.00.15.H19");
        Assert.Equal("000.00.04.H19", planning.Str("successorCode"));
        await (await client.GetAsync("/api/v1/agencies?on=15/01/2025")).Problem(HttpStatusCode.BadRequest, "validation-failed");
    }

    [Fact]
    public async Task A_reception_point_lists_its_counters()
    {
        using var client = app.CreateClient();
        var counters = await client.Get($"/api/v1/agencies/{Api.Center}/counters");
        Assert.True(counters.GetArrayLength() >= 6);
    }
}

public sealed class OrganisationOnSqlite(SqliteApp app) : OrganisationApiTests<SqliteApp>(app);

public sealed class OrganisationOnPostgres(PostgresApp app) : OrganisationApiTests<PostgresApp>(app);
