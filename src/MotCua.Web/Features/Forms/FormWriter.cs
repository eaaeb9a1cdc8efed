using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MotCua.Web.Features.Forms;

internal sealed record PageFormat(double Width, double Height, double MarginLeft, double MarginTop, double MarginRight, double MarginBottom)
{
    // Circular 01/2018/TT-VPCP Art. 9(2): forms 01–05 print on A5 (148 x 210 mm), the log book (06) on A4.
    public static readonly PageFormat A5Portrait = new(Mm(148), Mm(210), Mm(15), Mm(10), Mm(10), Mm(12));
    public static readonly PageFormat A4Landscape = new(Mm(297), Mm(210), Mm(15), Mm(10), Mm(10), Mm(12));

    private static double Mm(double millimetres) => millimetres * 72 / 25.4;
}

/// <summary>
/// A top-to-bottom cursor over the pages of one PDF: paragraphs and tables flow onto new pages as needed.
/// </summary>
internal sealed class FormWriter : IDisposable
{
    private readonly PdfDocument document = new();
    private readonly List<IDisposable> keepAlive = [];
    private readonly XGraphics measureContext;
    private XGraphics? graphics;

    public FormWriter(PageFormat format, string title)
    {
        Format = format;
        document.Info.Title = title;
        document.Info.Creator = "MotCua";
        document.Options.CompressContentStreams = true;
        measureContext = XGraphics.CreateMeasureContext(new XSize(format.Width, format.Height), XGraphicsUnit.Point, XPageDirection.Downwards);
        Layout = new TextLayout(measureContext);
        NewPage();
    }

    public PageFormat Format { get; }

    public FormFonts Fonts { get; } = new();

    public TextLayout Layout { get; }

    /// <summary>Runs after each page break, e.g. to repeat a running title; table headers are repeated by the table itself.</summary>
    public Action<FormWriter>? ContinuationPageStarted { get; set; }

    public XGraphics Graphics => graphics ?? throw new ObjectDisposedException(nameof(FormWriter));

    public double Y { get; set; }

    public double Left => Format.MarginLeft;

    public double Right => Format.Width - Format.MarginRight;

    public double Top => Format.MarginTop;

    public double Bottom => Format.Height - Format.MarginBottom;

    public double ContentWidth => Right - Left;

    public int PageCount => document.PageCount;

    public static XPen BorderPen { get; } = new(XColors.Black, 0.6);

    public void NewPage()
    {
        graphics?.Dispose();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(Format.Width);
        page.Height = XUnit.FromPoint(Format.Height);
        graphics = XGraphics.FromPdfPage(page);
        Y = Top;
        if (document.PageCount > 1)
        {
            ContinuationPageStarted?.Invoke(this);
        }
    }

    public void EnsureSpace(double height)
    {
        if (Y + height > Bottom && Y > Top)
        {
            NewPage();
        }
    }

    public void Gap(double height) => Y += height;

    /// <summary>Wrapped text across the content width; lines flow onto the next page when the page is full.</summary>
    public void Paragraph(IReadOnlyList<TextRun> runs, TextAlign align = TextAlign.Left, double indent = 0, double hanging = 0, double spaceAfter = 2)
    {
        var lines = Layout.Wrap(runs, ContentWidth - indent, ContentWidth - indent - hanging);
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureSpace(lines[i].Height);
            var x = Left + indent + (i == 0 ? 0 : hanging);
            DrawLine(lines[i], x, Y, ContentWidth - indent - (i == 0 ? 0 : hanging), align);
            Y += lines[i].Height;
        }

        Y += spaceAfter;
    }

    public void Paragraph(string text, XFont font, TextAlign align = TextAlign.Left, double spaceAfter = 2) =>
        Paragraph([new TextRun(text, font)], align, spaceAfter: spaceAfter);

    /// <summary>Draws pre-wrapped lines in a box without page breaks; returns the height used.</summary>
    public double DrawLines(IReadOnlyList<TextLine> lines, double x, double y, double width, TextAlign align)
    {
        var top = y;
        foreach (var line in lines)
        {
            DrawLine(line, x, y, width, align);
            y += line.Height;
        }

        return y - top;
    }

    public void DrawLine(TextLine line, double x, double y, double width, TextAlign align)
    {
        var offset = align switch
        {
            TextAlign.Left => 0,
            TextAlign.Center => (width - line.Width) / 2,
            TextAlign.Right => width - line.Width,
            _ => throw new ArgumentOutOfRangeException(nameof(align), align, null),
        };
        foreach (var segment in line.Segments)
        {
            Graphics.DrawString(segment.Text, segment.Font, XBrushes.Black, x + offset + segment.X, y + line.Ascent);
        }
    }

    public void DrawImage(byte[] imageBytes, double x, double y, double size)
    {
        // PDFsharp reads the stream lazily when the document is saved, so it must stay open until then.
        var stream = new MemoryStream(imageBytes, writable: false);
        keepAlive.Add(stream);
        var image = XImage.FromStream(stream);
        keepAlive.Add(image);
        // Without this, viewers smooth the few-pixel QR modules into grey blur.
        image.Interpolate = false;
        Graphics.DrawImage(image, x, y, size, size);
    }

    /// <summary>Stamps "Trang i/n" at the foot of every page, once the page count is known.</summary>
    public void NumberPages(XFont font, bool evenIfSinglePage)
    {
        graphics?.Dispose();
        graphics = null;
        if (document.PageCount == 1 && !evenIfSinglePage)
        {
            return;
        }

        for (var i = 0; i < document.PageCount; i++)
        {
            using var pageGraphics = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var text = $"Trang {i + 1}/{document.PageCount}";
            var width = Layout.Measure(text, font);
            pageGraphics.DrawString(text, font, XBrushes.Black, (Format.Width - width) / 2, Format.Height - (Format.MarginBottom / 2));
        }
    }

    public byte[] Save()
    {
        graphics?.Dispose();
        graphics = null;
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    public void Dispose()
    {
        graphics?.Dispose();
        measureContext.Dispose();
        foreach (var item in keepAlive)
        {
            item.Dispose();
        }

        document.Dispose();
    }
}
