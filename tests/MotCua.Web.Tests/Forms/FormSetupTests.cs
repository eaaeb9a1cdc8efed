using MotCua.Web.Features.Forms;

namespace MotCua.Web.Tests.Forms;

public class FormSetupTests
{
    [Fact]
    public void Missing_fonts_fail_with_a_message_naming_the_Debian_package_and_the_override()
    {
        var resolver = new LiberationFontResolver(Path.Combine(Path.GetTempPath(), "motcua-no-fonts-" + Guid.NewGuid().ToString("N")));

        var error = Assert.Throws<InvalidOperationException>(resolver.VerifyFontFilesExist);

        Assert.Contains("fonts-liberation2", error.Message, StringComparison.Ordinal);
        Assert.Contains("MOTCUA_FONT_DIR", error.Message, StringComparison.Ordinal);
        Assert.Contains("LiberationSans-Regular.ttf", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, false, "LiberationSans-Regular")]
    [InlineData(true, false, "LiberationSans-Bold")]
    [InlineData(false, true, "LiberationSans-Italic")]
    [InlineData(true, true, "LiberationSans-BoldItalic")]
    public void Each_style_resolves_to_its_own_Liberation_Sans_face(bool bold, bool italic, string face)
    {
        var resolver = new LiberationFontResolver(LiberationFontResolver.ConfiguredFontDirectory());

        var info = resolver.ResolveTypeface(LiberationFontResolver.FamilyName, bold, italic);

        Assert.Equal(face, info.FaceName);
        var bytes = resolver.GetFont(info.FaceName);
        Assert.True(bytes.Length > 100_000, $"{face} should be a real TrueType file, got {bytes.Length} bytes.");
    }

    [Fact]
    public void The_PDF_check_helpers_fail_loudly_when_a_poppler_tool_is_missing()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Poppler.Run("motcua-no-such-pdf-tool", [1, 2, 3], "{pdf}"));

        Assert.Contains("poppler-utils", error.Message, StringComparison.Ordinal);
    }
}
