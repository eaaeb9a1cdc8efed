namespace MotCua.Web.Features.OnlineSubmission;

/// <summary>A file posted for one document component (slot); the stream is opened only to store it.</summary>
public sealed record SlotUpload(string ComponentCode, string FileName, long Length, Func<Stream> Open);

/// <summary>What the applicant typed on the form.</summary>
public sealed record DraftFields(string? Kind, string? FullName, string? IdNumber, string? Phone, string? Email, string? Address,
    string? Notes, string? ReceivingPoint, string? Competent, string? Language);

/// <summary>Message keys per field or slot ("slot.TP01"); keys starting "online." are in OnlineText, others in Messages.</summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, List<string>> byKey = [];

    public int Count => byKey.Count;

    public void Add(string key, string message)
    {
        if (!byKey.TryGetValue(key, out var list))
        {
            byKey[key] = list = [];
        }
        if (!list.Contains(message))
        {
            list.Add(message);
        }
    }

    public IReadOnlyList<string> Of(string key) => byKey.TryGetValue(key, out var list) ? list : [];

    public IEnumerable<string> Keys => byKey.Keys;

    public static string Slot(string componentCode) => "slot." + componentCode;
}
