namespace MotCua.Web;

/// <summary>Marker for the shared resources Resources/Messages.resx (Vietnamese) and Messages.en.resx (English).</summary>
public sealed class Messages;
