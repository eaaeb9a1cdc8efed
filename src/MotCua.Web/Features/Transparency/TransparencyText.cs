namespace MotCua.Web.Features.Transparency;

/// <summary>Strings shared by the public transparency pages (TransparencyText.strings.json).</summary>
public sealed class TransparencyText;
