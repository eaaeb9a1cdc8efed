using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Browser.Tests.Leader;

/// <summary>A long overdue list prints over several A4 pages: the header row on each, no row split between two.</summary>
public sealed partial class LeaderPrintTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_long_overdue_list_repeats_its_header_on_every_page_and_keeps_each_row_whole()
    {
        var reception = await app.ClientFor(Reception);
        var codes = new List<string>();
        for (var i = 0; i < 45; i++)
        {
            app.Clock.Set(TestClock.Vn(2026, 3, 2, 8, 0).AddMinutes(i));
            codes.Add((await reception.Intake(JudicialRecordIntake())).Str("code"));
        }
        app.Clock.Set(TestClock.Vn(2026, 3, 25, 10, 0));
        var page = await app.SignedInPageAsync(PoliceLeader);
        await page.GotoAsync("/can-bo/lanh-dao/qua-han");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true });

        var pages = PdfPages(pdf);
        Assert.True(pages.Count >= 3, $"expected several pages, got {pages.Count}");
        Assert.All(pages, p => Assert.Contains("Mã hồ sơ", p, StringComparison.Ordinal));
        Assert.Equal(codes, pages.SelectMany(p => Code().Matches(p).Select(m => m.Value)));
        // Each row's first cell (its code) and last cell (the apology) land on the same page.
        Assert.All(pages, p => Assert.Equal(Code().Count(p), Regex.Count(p, "Chưa có thư xin lỗi")));
    }

    private static List<string> PdfPages(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"motcua-leader-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException("pdftotext (poppler-utils) is missing: scripts/test.sh installs it.");
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return [.. text.Split('\f').Where(p => !string.IsNullOrWhiteSpace(p))];
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"000\.00\.19\.H19-\d{6}-\d{4}")]
    private static partial Regex Code();
}
