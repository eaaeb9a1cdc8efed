using System.Diagnostics;
using System.Text;
using QRCoder;

namespace MotCua.Web.Tests.Forms;

/// <summary>A decoded bitmap: Dark(x, y) is true where the pixel is closer to black than to white.</summary>
internal sealed record ScannedImage(int Width, int Height, Func<int, int, bool> Dark);

/// <summary>Extracts embedded images with <c>pdfimages</c> (poppler-utils) in the simple netpbm formats.</summary>
internal static class PdfImages
{
    public static ScannedImage Single(byte[] pdf)
    {
        var dir = Directory.CreateTempSubdirectory("motcua-images-");
        try
        {
            var path = Path.Combine(dir.FullName, "form.pdf");
            File.WriteAllBytes(path, pdf);
            var start = new ProcessStartInfo("pdfimages") { UseShellExecute = false, RedirectStandardError = true };
            start.ArgumentList.Add(path);
            start.ArgumentList.Add(Path.Combine(dir.FullName, "img"));
            Process process;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException("pdfimages did not start.");
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException("pdfimages is not installed; install the Debian package poppler-utils.", e);
            }

            using (process)
            {
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException("pdfimages failed: " + process.StandardError.ReadToEnd());
                }
            }

            var files = dir.GetFiles("img-*");
            Assert.True(files.Length == 1, $"Expected exactly one embedded image, found {files.Length}.");
            return ReadNetpbm(File.ReadAllBytes(files[0].FullName));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Reads binary PBM (P4), PGM (P5) or PPM (P6) with 8-bit samples.</summary>
    private static ScannedImage ReadNetpbm(byte[] data)
    {
        var position = 0;
        string Next()
        {
            while (char.IsWhiteSpace((char)data[position]) || data[position] == '#')
            {
                if (data[position] == '#')
                {
                    while (data[position] != '\n')
                    {
                        position++;
                    }
                }

                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)data[position]))
            {
                position++;
            }

            return Encoding.ASCII.GetString(data, start, position - start);
        }

        var magic = Next();
        var width = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture);
        if (magic != "P4")
        {
            Next(); // maxval, assumed 255
        }

        position++; // the single whitespace before the raster
        var raster = data.AsSpan(position).ToArray();
        return magic switch
        {
            "P4" => new ScannedImage(width, height, (x, y) => (raster[(y * ((width + 7) / 8)) + (x / 8)] & (0x80 >> (x % 8))) != 0),
            "P5" => new ScannedImage(width, height, (x, y) => raster[(y * width) + x] < 128),
            "P6" => new ScannedImage(width, height, (x, y) => raster[((y * width) + x) * 3] < 128),
            _ => throw new InvalidOperationException($"Unexpected netpbm format {magic}."),
        };
    }
}

/// <summary>Compares an image with the QR code QRCoder builds for a text, module by module.</summary>
internal static class QrMatrix
{
    public static bool Matches(ScannedImage image, string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var size = modules.Count;
        if (image.Width != image.Height || image.Width % size != 0)
        {
            return false;
        }

        var pixels = image.Width / size;
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                var centreX = (column * pixels) + (pixels / 2);
                var centreY = (row * pixels) + (pixels / 2);
                if (image.Dark(centreX, centreY) != modules[row][column])
                {
                    return false;
                }
            }
        }

        return true;
    }
}
