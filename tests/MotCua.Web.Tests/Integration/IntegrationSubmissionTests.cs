using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Infrastructure;
using MotCua.Web.Tests.Desk;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Integration;

/// <summary>The national portal hands over an online dossier with its files: it waits for the one-stop's check like any other.</summary>
public abstract class IntegrationSubmissionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : IntegrationApp
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    private static readonly byte[] Executable = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0];

    private static string Body(string externalId, byte[] tp01, bool verified = true) => JsonSerializer.Serialize(new
    {
        externalId,
        procedureCode = JudicialRecord,
        receivingPointCode = Center,
        language = "vi",
        identityVerified = verified,
        applicant = new { kind = "Person", fullName = "Đặng Thị Cổng Quốc Gia", idNumber = "075190008888", phone = "0913008888", email = "dvc@example.vn" },
        documents = new[]
        {
            new { componentCode = "TP01", fileName = "to-khai.pdf", contentBase64 = Convert.ToBase64String(tp01) },
            new { componentCode = "TP02", fileName = "cccd.pdf", contentBase64 = Convert.ToBase64String(Pdf) },
        },
        notifyBy = new[] { "Zalo" },
    });

    private async Task<HttpResponseMessage> PostAsync(string body)
    {
        const string path = "/api/v1/integration/dossiers";
        var ts = app.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", IntegrationApp.ClientId);
        request.Headers.Add("X-Timestamp", ts);
        request.Headers.Add("X-Signature", Signatures.Request(IntegrationApp.Secret, ts, "POST", path, body));
        using var client = app.CreateClient();
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_portal_dossier_arrives_in_the_online_check_queue_and_a_retry_gets_the_same_reference()
    {
        app.Clock.Set(TestClock.Vn(2026, 6, 1, 10, 0));

        var created = await (await PostAsync(Body("G22.99-260601-000001", Pdf))).Json(HttpStatusCode.Created);
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        var retried = await (await PostAsync(Body("G22.99-260601-000001", Pdf))).Json(HttpStatusCode.OK);

        Assert.Equal("AwaitingOnlineCheck", created.Str("status"));
        Assert.StartsWith("TN-", created.Str("reference"), StringComparison.Ordinal);
        Assert.Equal(created.Str("reference"), retried.Str("reference"));
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
            var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.ExternalSource == IntegrationApp.ClientId && d.ExternalId == "G22.99-260601-000001");
            Assert.Null(dossier.ApplicantUserId);
            Assert.Equal(Features.Dossiers.NotifyChannels.Zalo, dossier.NotifyBy);
            Assert.Equal("Đặng Thị Cổng Quốc Gia", dossier.ApplicantName);
            Assert.Equal(2, await db.Set<Features.OnlineSubmission.OnlineFile>().CountAsync(f => f.DossierId == dossier.Id));
        }
        var (_, queue) = await (await app.PagesFor(Reception)).Page("/can-bo/tiep-nhan/truc-tuyen");
        Assert.Contains(created.Str("reference"), queue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_renamed_executable_or_an_unverified_identity_is_refused_and_nothing_is_kept()
    {
        app.Clock.Set(TestClock.Vn(2026, 6, 2, 10, 0));

        var executable = await (await PostAsync(Body("G22.99-260602-000001", Executable))).Problem(HttpStatusCode.BadRequest, "validation-failed");
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var unverified = await (await PostAsync(Body("G22.99-260602-000002", Pdf, verified: false))).Problem(HttpStatusCode.BadRequest, "validation-failed");

        Assert.True(executable.GetProperty("errors").TryGetProperty("documents.TP01", out _));
        Assert.True(unverified.GetProperty("errors").TryGetProperty("identityVerified", out _));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        Assert.False(await db.Dossiers.AnyAsync(d => d.ExternalId == "G22.99-260602-000001" || d.ExternalId == "G22.99-260602-000002"));
        Assert.False(await db.Set<Features.OnlineSubmission.OnlineDraft>().AnyAsync(d => d.UserId == "integration:" + IntegrationApp.ClientId));
    }
}

public sealed class IntegrationSubmissionOnSqlite(SqliteIntegrationApp app) : IntegrationSubmissionTests<SqliteIntegrationApp>(app);

public sealed class IntegrationSubmissionOnPostgres(PostgresIntegrationApp app) : IntegrationSubmissionTests<PostgresIntegrationApp>(app);
