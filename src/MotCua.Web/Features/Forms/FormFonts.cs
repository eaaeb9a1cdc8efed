using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MotCua.Web.Features.Forms;

internal enum FaceStyle
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

/// <summary>Caches one XFont per (size, style); PDFsharp embeds one subset per face, Unicode (CID) encoded for Vietnamese.</summary>
internal sealed class FormFonts
{
    private readonly Dictionary<(double Size, FaceStyle Style), XFont> cache = [];

    public XFont Get(double size, FaceStyle style = FaceStyle.Regular)
    {
        if (!cache.TryGetValue((size, style), out var font))
        {
            var pdfStyle = style switch
            {
                FaceStyle.Regular => XFontStyleEx.Regular,
                FaceStyle.Bold => XFontStyleEx.Bold,
                FaceStyle.Italic => XFontStyleEx.Italic,
                FaceStyle.BoldItalic => XFontStyleEx.BoldItalic,
                _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
            };
            font = new XFont(LiberationFontResolver.FamilyName, size, pdfStyle, new XPdfFontOptions(PdfFontEncoding.Unicode));
            cache[(size, style)] = font;
        }

        return font;
    }
}
