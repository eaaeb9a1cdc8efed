using QRCoder;

namespace MotCua.Web.Features.Reception;

/// <summary>
/// The receipt's QR code as inline SVG for the page: vector, so it stays sharp on a tablet and in print, and made of
/// presentation attributes only, which the strict style-src CSP allows.
/// </summary>
public static class QrSvg
{
    public static string For(string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        // A decorative copy for the page: the text alternative is on the wrapper.
        return (start > 0 ? svg[start..] : svg).Replace("<svg ", "<svg aria-hidden=\"true\" focusable=\"false\" ", StringComparison.Ordinal);
    }
}
