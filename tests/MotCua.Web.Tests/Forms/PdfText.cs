using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MotCua.Web.Tests.Forms;

/// <summary>
/// Reads a PDF back with poppler-utils. A missing tool throws: a check that cannot run must fail, not pass.
/// </summary>
internal static class PdfText
{
    public static string Extract(byte[] pdf) => Poppler.Run("pdftotext", pdf, "-layout", "-enc", "UTF-8", "{pdf}", "-");

    /// <summary>
    /// Text in the order it was drawn (<c>pdftotext -raw</c>). The forms draw a table cell's lines one after the
    /// other, so a phrase wrapped inside a narrow cell reads whole here, while the layout text interleaves columns.
    /// </summary>
    public static string ExtractInDrawingOrder(byte[] pdf) => Poppler.Run("pdftotext", pdf, "-raw", "-enc", "UTF-8", "{pdf}", "-");

    /// <summary>Every word with its box in points (origin top-left), from <c>pdftotext -bbox</c>.</summary>
    public static IReadOnlyList<PdfWord> Words(byte[] pdf)
    {
        var html = Poppler.Run("pdftotext", pdf, "-bbox", "-enc", "UTF-8", "{pdf}", "-");
        var page = 0;
        var words = new List<PdfWord>();
        foreach (var line in html.Split('\n'))
        {
            if (line.Contains("<page ", StringComparison.Ordinal))
            {
                page++;
                continue;
            }

            var match = WordPattern().Match(line);
            if (match.Success)
            {
                double Number(string group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
                words.Add(new PdfWord(page, System.Net.WebUtility.HtmlDecode(match.Groups["text"].Value),
                    Number("x0"), Number("y0"), Number("x1"), Number("y1")));
            }
        }

        return words;
    }

    private static Regex WordPattern() =>
        new("<word xMin=\"(?<x0>[0-9.]+)\" yMin=\"(?<y0>[0-9.]+)\" xMax=\"(?<x1>[0-9.]+)\" yMax=\"(?<y1>[0-9.]+)\">(?<text>.*)</word>", RegexOptions.CultureInvariant);
}

internal sealed record PdfWord(int Page, string Text, double XMin, double YMin, double XMax, double YMax);

internal static class PdfInfo
{
    /// <summary>Size of the first page in points, as pdfinfo reports it ("Page size: 419.528 x 595.276 pts (A5)").</summary>
    public static (double Width, double Height) PageSize(byte[] pdf)
    {
        var match = Regex.Match(Report(pdf), @"Page size:\s+([0-9.]+) x ([0-9.]+) pts", RegexOptions.CultureInvariant);
        if (!match.Success)
        {
            throw new InvalidOperationException("pdfinfo printed no page size.");
        }

        return (double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    public static int Pages(byte[] pdf)
    {
        var match = Regex.Match(Report(pdf), @"Pages:\s+(\d+)", RegexOptions.CultureInvariant);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
                             : throw new InvalidOperationException("pdfinfo printed no page count.");
    }

    /// <summary>Sizes of all pages, so a form that changes paper on a later page is caught.</summary>
    public static IReadOnlyList<(double Width, double Height)> AllPageSizes(byte[] pdf)
    {
        var report = Poppler.Run("pdfinfo", pdf, "-f", "1", "-l", "100000", "{pdf}");
        return [.. Regex.Matches(report, @"Page\s+\d+ size:\s+([0-9.]+) x ([0-9.]+) pts", RegexOptions.CultureInvariant)
            .Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))];
    }

    private static string Report(byte[] pdf) => Poppler.Run("pdfinfo", pdf, "{pdf}");
}

internal static class Poppler
{
    /// <summary>Writes the PDF to a temp file, runs the tool with "{pdf}" replaced by its path, returns stdout.</summary>
    public static string Run(string tool, byte[] pdf, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"motcua-form-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument == "{pdf}" ? path : argument);
            }

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
            }
            catch (Win32Exception e)
            {
                throw new InvalidOperationException(
                    $"{tool} is not installed, so the PDF cannot be checked. Install the Debian package poppler-utils (apt-get install poppler-utils).", e);
            }

            using (process)
            {
                var error = process.StandardError.ReadToEndAsync();
                var output = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException($"{tool} failed with exit code {process.ExitCode}: {error.Result}");
                }

                return output;
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
