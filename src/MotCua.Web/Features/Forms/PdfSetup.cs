using PdfSharp;
using PdfSharp.Fonts;

namespace MotCua.Web.Features.Forms;

/// <summary>
/// The process-wide PDFsharp setup. PDFsharp 6.5 refuses to create documents until a licence is chosen,
/// and its font resolver may be set only once, before the first font is used; so every PDF producer in the
/// application calls <see cref="EnsureInitialized"/> instead of touching <see cref="GlobalFontSettings"/>.
/// </summary>
public static class PdfSetup
{
    private static readonly Lock Gate = new();
    private static volatile bool initialized;

    public static void EnsureInitialized()
    {
        if (initialized)
        {
            return;
        }

        lock (Gate)
        {
            if (initialized)
            {
                return;
            }

            // Checked before anything global changes, so a machine without the fonts gets a clear error
            // on every call (not just the first) and can recover once the package is installed.
            var resolver = new LiberationFontResolver(LiberationFontResolver.ConfiguredFontDirectory());
            resolver.VerifyFontFilesExist();

            // PDFsharp 6.5 is AGPL-3.0-only; the project is AGPL (Directory.Build.props), see STACK.md §7.
            PdfSharpLicense.SetAgplLicense();

            switch (GlobalFontSettings.FontResolver)
            {
                case null:
                    GlobalFontSettings.FontResolver = resolver;
                    break;
                case LiberationFontResolver:
                    break;
                default:
                    throw new InvalidOperationException(
                        "Another PDFsharp font resolver was installed before the forms were set up. " +
                        "Call PdfSetup.EnsureInitialized() instead of setting GlobalFontSettings.FontResolver.");
            }

            initialized = true;
        }
    }
}
