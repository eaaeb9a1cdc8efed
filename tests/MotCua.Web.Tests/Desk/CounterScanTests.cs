using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.OnlineSubmission;
using MotCua.Web.Tests.Infrastructure;
using MotCua.Web.Tests.OnlineSubmission;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Desk;

/// <summary>
/// The counter officer scans the paper dossier and attaches the scans on the dossier page: checked by content like online
/// uploads, audited, and readable by the officer who processes the dossier next.
/// </summary>
public abstract partial class CounterScanTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private static async Task<HttpResponseMessage> PostScanAsync(HttpClient pages, string url, params (string Component, byte[] Bytes, string Name)[] files)
    {
        var (_, html) = await pages.Page(url);
        var token = Token().Match(html);
        Assert.True(token.Success, "the page has no antiforgery token");
        var content = new MultipartFormDataContent
        {
            { new StringContent("scan"), "_handler" },
            { new StringContent(token.Groups[1].Value), "__RequestVerificationToken" },
            { new StringContent("1"), "Scan.Posted" },
        };
        foreach (var (component, bytes, name) in files)
        {
            content.Add(new ByteArrayContent(bytes), "file." + component, name);
        }
        return await pages.PostAsync(url, content);
    }

    [Fact]
    public async Task Scans_attached_at_the_counter_are_audited_and_read_by_the_specialist_and_a_program_file_is_refused_at_its_slot()
    {
        string code;
        using (var reception = await app.ClientFor(Reception))
        {
            code = (await reception.Intake(new
            {
                procedureCode = JudicialRecord,
                applicant = new { kind = "Person", fullName = "Phan Văn Quét", phone = "0913000999" },
                receivedComponents = new[] { "TP01", "TP02" },
            })).Str("code");
        }
        var url = $"/can-bo/ho-so/{code}";
        var desk = await app.PagesFor(Reception);

        var refused = await PostScanAsync(desk, url, ("TP01", Samples.Pdf("to khai"), "to-khai.pdf"), ("TP02", Samples.Executable(), "cccd.pdf"));
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        var accepted = await PostScanAsync(desk, url, ("TP02", Samples.Jpeg(), "cccd.jpg"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("id=\"scan-TP02-error\" class=\"field-error\"[^>]*>Tệp này không phải PDF, JPEG hay PNG", refusedHtml);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.EndsWith("?quet=1#scans-h", accepted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        var dossierId = await db.Dossiers.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
        var files = await db.Set<OnlineFile>().AsNoTracking().Where(f => f.DossierId == dossierId).OrderBy(f => f.ComponentCode).ToListAsync();
        Assert.Equal(["TP01", "TP02"], files.Select(f => f.ComponentCode).ToArray());
        Assert.All(files, f => Assert.NotNull(f.SentAt));
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.DossierId == dossierId && e.Action == "scan"));

        using (var reception = await app.ClientFor(Reception))
        {
            await reception.ActOk(code, "transfer");
        }
        var specialist = await app.PagesFor(PoliceSpecialist);
        var (_, page) = await specialist.Page(url);
        Assert.Contains("cccd.jpg", page, StringComparison.Ordinal);
        var scan = await specialist.GetAsync($"/tep/{files[1].Id}");
        Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
        Assert.Equal(Samples.Jpeg(), await scan.Content.ReadAsByteArrayAsync());
        var stranger = await app.PagesFor(CommuneSpecialist);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/tep/{files[1].Id}")).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

public sealed class CounterScansOnSqlite(SqliteApp app) : CounterScanTests<SqliteApp>(app);

public sealed class CounterScansOnPostgres(PostgresApp app) : CounterScanTests<PostgresApp>(app);
