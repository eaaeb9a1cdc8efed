namespace MotCua.Web.Features.OnlineSubmission;

/// <summary>
/// The type of a file told from its first bytes, never from its name or the browser's claim: a renamed executable or
/// an HTML page called .pdf is not a PDF. Only PDF, JPEG and PNG are accepted for dossiers.
/// </summary>
public static class ContentSniffer
{
    public const int HeaderLength = 8;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The media type of an accepted file, or null.</summary>
    public static string? Sniff(ReadOnlySpan<byte> header) =>
        header.StartsWith(Pdf) ? "application/pdf"
        : header.StartsWith(Png) ? "image/png"
        : header.StartsWith(Jpeg) ? "image/jpeg"
        : null;

    public static string Extension(string contentType) => contentType switch
    {
        "application/pdf" => ".pdf",
        "image/png" => ".png",
        _ => ".jpg",
    };
}
