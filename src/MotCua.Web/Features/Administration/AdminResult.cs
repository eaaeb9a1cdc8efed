namespace MotCua.Web.Features.Administration;

/// <summary>Who made an administrative change, as the audit log names them.</summary>
public sealed record AdminActor(string? Id, string Name);

/// <summary>A message key of <see cref="AdminText"/> (or a domain key such as <c>template.*</c>) with its arguments.</summary>
public sealed record AdminMessage(string Key, params object[] Args);

/// <summary>
/// The outcome of an administrative change: nothing was saved unless <see cref="Ok"/>; each error belongs to the form
/// field it is shown next to ("" for the form as a whole).
/// </summary>
public sealed class AdminResult
{
    public Dictionary<string, List<AdminMessage>> Errors { get; } = new(StringComparer.Ordinal);

    public bool Ok => Errors.Count == 0;

    public AdminResult Add(string field, string key, params object[] args)
    {
        if (!Errors.TryGetValue(field, out var list))
        {
            Errors[field] = list = [];
        }
        list.Add(new AdminMessage(key, args));
        return this;
    }

    public bool Has(string field) => Errors.ContainsKey(field);

    public IReadOnlyList<AdminMessage> For(string field) => Errors.GetValueOrDefault(field) ?? [];

    public static AdminResult Success => new();

    public static AdminResult Failure(string field, string key, params object[] args) => new AdminResult().Add(field, key, args);
}

/// <summary>Marker of the strings every administration page shares (AdminText.strings.json).</summary>
public sealed class AdminText;
