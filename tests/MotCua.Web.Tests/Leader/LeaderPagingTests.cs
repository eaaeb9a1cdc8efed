using System.Net;
using System.Text.RegularExpressions;
using MotCua.Web.Features.Leader;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Leader;

/// <summary>Long lists come twenty dossiers a page, in a stable order, on each engine.</summary>
public abstract partial class LeaderPagingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    [Fact]
    public async Task A_long_list_is_split_into_pages_of_twenty_that_together_hold_every_dossier_once()
    {
        var reception = await app.ClientFor(CommuneReception);
        var codes = new List<string>();
        for (var i = 0; i < 23; i++)
        {
            app.Clock.Set(TestClock.Vn(2026, 4, 6, 8, 0).AddMinutes(i));
            codes.Add((await reception.Intake(new
            {
                procedureCode = BirthRegistration,
                applicant = new { fullName = $"Phạm Văn Bé {i}", phone = "0911111111" },
                receivedComponents = new[] { "TP01", "TP02", "TP03" },
            })).Str("code"));
        }
        app.Clock.Set(TestClock.Vn(2026, 4, 6, 10, 0));
        var leader = await app.ClientFor(CommuneLeader);

        var first = await leader.GetStringAsync("/can-bo/lanh-dao/ho-so?unit=000.01.31.H19&view=open");
        var second = await leader.GetStringAsync("/can-bo/lanh-dao/ho-so?unit=000.01.31.H19&view=open&page=2");
        var beyond = await leader.GetAsync("/can-bo/lanh-dao/ho-so?unit=000.01.31.H19&view=open&page=9");

        var one = Codes().Matches(first).Select(m => m.Groups[1].Value).ToList();
        var two = Codes().Matches(second).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(LeaderDossierQuery.PageSize, one.Count);
        Assert.Equal(3, two.Count);
        // Same due time (same-day procedure): ordered by reception, so the pages neither overlap nor skip.
        Assert.Equal(codes, one.Concat(two));
        Assert.Contains("Trang 1/2", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/can-bo/lanh-dao/ho-so?unit=000.01.31.H19&amp;view=open&amp;page=2\"", first, StringComparison.Ordinal);
        Assert.Contains("Trang 2/2", second, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, beyond.StatusCode);
        Assert.Contains("Trang 2/2", await beyond.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<a class=\"code\"[^>]* href=\"/can-bo/ho-so/([^\"]+)\"")]
    private static partial Regex Codes();
}

public sealed class LeaderPagingOnSqlite(SqliteApp app) : LeaderPagingTests<SqliteApp>(app);

public sealed class LeaderPagingOnPostgres(PostgresApp app) : LeaderPagingTests<PostgresApp>(app);
