using QRCoder;

namespace MotCua.Web.Features.Forms;

/// <summary>
/// QR code as a PNG PDFsharp can embed: QRCoder's default PNG is 1-bit greyscale, which XImage rejects
/// ("Unsupported image format"); explicit RGBA colours give a palette PNG it accepts (STACK.md §7).
/// </summary>
internal static class QrCodeImage
{
    private static readonly byte[] Dark = [0, 0, 0, 255];
    private static readonly byte[] Light = [255, 255, 255, 255];

    public static byte[] Png(string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(4, Dark, Light, drawQuietZones: true);
    }
}
