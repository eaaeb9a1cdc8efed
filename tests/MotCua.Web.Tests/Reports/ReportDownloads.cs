using System.Net;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Reports;

/// <summary>Downloads a report over HTTP as an officer and checks it is an attachment of the expected type and name.</summary>
public static class ReportDownloads
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pdf = "application/pdf";

    public static async Task<byte[]> FileAsync(MotCuaApp app, string email, string url, string contentType, string fileName)
    {
        using var client = await app.ClientFor(email);
        using var response = await client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"{url} as {email}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 800)])}");
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        return bytes;
    }

    /// <summary>Keeps a rendered page of a PDF as a test artifact ($MOTCUA_ARTIFACTS/reports) to be looked at.</summary>
    public static string RenderFirstPage(byte[] pdf, string name)
    {
        var root = Environment.GetEnvironmentVariable("MOTCUA_ARTIFACTS") ?? Path.Combine(Path.GetTempPath(), "motcua-artifacts");
        var directory = Path.Combine(root, "reports");
        Directory.CreateDirectory(directory);
        var prefix = Path.Combine(directory, name);
        Forms.Poppler.Run("pdftoppm", pdf, "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", "{pdf}", prefix);
        Assert.True(File.Exists(prefix + ".png"), "pdftoppm wrote no image");
        return prefix + ".png";
    }
}
