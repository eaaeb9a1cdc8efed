using System.Text.Json;
using System.Text.Json.Serialization;
using MotCua.Domain.Statistics;

namespace MotCua.Web.Features.Statistics.Index766;

/// <summary>
/// The versions of the index: those shipped in Index766Model.json (embedded), plus those of the file named by the
/// configuration key <c>Statistics:Index766:ModelFile</c>, if any. A version of that file with a new name is added (a
/// new law from its effective date); one with the name of a shipped version replaces it (a corrected weight). The file
/// is read once, at the first use after start-up: an administrator who changes it restarts the app. A broken file stops
/// the app at its first use with the list of problems rather than scoring units with a wrong model.
/// </summary>
public sealed class Index766ModelSource(IConfiguration configuration)
{
    public const string ModelFileKey = "Statistics:Index766:ModelFile";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Lazy<Index766Models> models = new(() => Load(configuration[ModelFileKey]));

    public Index766Models Models => models.Value;

    public static Index766Models Load(string? overrideFile)
    {
        var versions = Embedded().ToDictionary(v => v.Version, StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(overrideFile))
        {
            using var stream = File.OpenRead(overrideFile);
            foreach (var version in Parse(stream, overrideFile))
            {
                versions[version.Version] = version;
            }
        }
        var result = new Index766Models(versions.Values);
        var unknown = result.Versions.SelectMany(v => v.Indicators.Where(i => i.Source == Index766Source.Computed && !Index766Figures.Known(i.Input))
            .Select(i => $"{v.Version}: indicator {i.Code} uses the unknown input '{i.Input}'")).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException("The Decision 766 index model is invalid: " + string.Join("; ", unknown)
                + ". Known inputs: " + string.Join(", ", Index766Figures.Names) + ".");
        }
        return result;
    }

    public static IReadOnlyList<Index766Model> Embedded()
    {
        var assembly = typeof(Index766ModelSource).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Index766Model.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return Parse(stream, name);
    }

    public static IReadOnlyList<Index766Model> Parse(Stream stream, string origin)
    {
        try
        {
            return JsonSerializer.Deserialize<ModelFile>(stream, Json)?.Versions
                ?? throw new InvalidOperationException($"{origin}: no 'versions'.");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{origin}: not a valid index model ({e.Message}).", e);
        }
    }

    private sealed record ModelFile(IReadOnlyList<Index766Model> Versions);
}
