using PdfSharp.Fonts;

namespace MotCua.Web.Features.Forms;

/// <summary>
/// Serves Liberation Sans (Debian package fonts-liberation2) to PDFsharp, which has no system-font lookup on Linux.
/// Liberation Sans is used because PDFsharp 6.5's subsetter breaks DejaVu's composite glyphs for the stacked
/// Vietnamese diacritics (ấ, ệ, ộ ...), while Liberation subsets correctly (STACK.md §7).
/// Every family name resolves to Liberation Sans: the forms use no other typeface.
/// </summary>
public sealed class LiberationFontResolver : IFontResolver
{
    public const string FamilyName = "Liberation Sans";
    public const string FontDirEnvironmentVariable = "MOTCUA_FONT_DIR";
    public const string DefaultFontDir = "/usr/share/fonts/truetype/liberation2";

    private static readonly string[] FaceNames =
        ["LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic"];

    public LiberationFontResolver(string fontDirectory)
    {
        FontDirectory = fontDirectory;
    }

    public string FontDirectory { get; }

    public static string ConfiguredFontDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(FontDirEnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? DefaultFontDir : fromEnvironment;
    }

    /// <summary>Fails early, naming the package to install, instead of a PDFsharp error at the first glyph.</summary>
    public void VerifyFontFilesExist()
    {
        var missing = FaceNames.Select(FacePath).Where(path => !File.Exists(path)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The PDF forms need the Liberation Sans fonts, but these files are missing: {string.Join(", ", missing)}. " +
                "Install the Debian package fonts-liberation2 (apt-get install fonts-liberation2) " +
                $"or set the environment variable {FontDirEnvironmentVariable} to a directory holding " +
                string.Join(", ", FaceNames.Select(face => face + ".ttf")) + ".");
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var face = (bold, italic) switch
        {
            (false, false) => FaceNames[0],
            (true, false) => FaceNames[1],
            (false, true) => FaceNames[2],
            (true, true) => FaceNames[3],
        };
        return new FontResolverInfo(face);
    }

    public byte[] GetFont(string faceName)
    {
        if (!FaceNames.Contains(faceName, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Unknown font face '{faceName}'.", nameof(faceName));
        }

        VerifyFontFilesExist();
        return File.ReadAllBytes(FacePath(faceName));
    }

    private string FacePath(string faceName) => Path.Combine(FontDirectory, faceName + ".ttf");
}
