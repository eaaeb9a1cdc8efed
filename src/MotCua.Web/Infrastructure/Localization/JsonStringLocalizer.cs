using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace MotCua.Web.Infrastructure.Localization;

/// <summary>
/// Strings live beside the code that shows them, in <c>&lt;TypeName&gt;.strings.json</c> files holding both languages
/// side by side (<c>{"key": {"vi": "…", "en": "…"}}</c>), so a string cannot exist in one language only.
/// Vietnamese is the default; English when the request culture is English.
/// </summary>
public sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    // Declared before Tables: static initialisers run in text order.
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly ConcurrentDictionary<string, JsonStringLocalizer> cache = new();

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, LocalizedPair>> Tables { get; } = Load();

    public IStringLocalizer Create(Type resourceSource) =>
        cache.GetOrAdd(resourceSource.Name, name => new JsonStringLocalizer(Tables.GetValueOrDefault(name) ?? new Dictionary<string, LocalizedPair>()));

    public IStringLocalizer Create(string baseName, string location) =>
        cache.GetOrAdd(baseName.Split('.')[^1], name => new JsonStringLocalizer(Tables.GetValueOrDefault(name) ?? new Dictionary<string, LocalizedPair>()));

    private static Dictionary<string, IReadOnlyDictionary<string, LocalizedPair>> Load()
    {
        var assembly = typeof(JsonStringLocalizerFactory).Assembly;
        var tables = new Dictionary<string, IReadOnlyDictionary<string, LocalizedPair>>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".strings.json", StringComparison.Ordinal)))
        {
            var name = resource[..^".strings.json".Length].Split('.')[^1];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var table = JsonSerializer.Deserialize<Dictionary<string, LocalizedPair>>(stream, JsonOptions)
                ?? throw new InvalidDataException($"{resource} is empty.");
            if (!tables.TryAdd(name, table))
            {
                throw new InvalidDataException($"Two string tables are named {name}: names of *.strings.json files must be unique.");
            }
        }
        return tables;
    }

}

public sealed record LocalizedPair(string Vi, string En);

public sealed class JsonStringLocalizer(IReadOnlyDictionary<string, LocalizedPair> table) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            if (table.TryGetValue(name, out var pair))
            {
                return new LocalizedString(name, IsEnglish ? pair.En : pair.Vi, resourceNotFound: false);
            }
            return new LocalizedString(name, name, resourceNotFound: true);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        table.Select(p => new LocalizedString(p.Key, IsEnglish ? p.Value.En : p.Value.Vi));

    private static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
