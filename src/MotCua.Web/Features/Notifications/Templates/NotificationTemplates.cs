using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using MotCua.Web.Features.Notifications.Channels;

namespace MotCua.Web.Features.Notifications.Templates;

/// <summary>
/// Subject, text and HTML per topic and language, kept as data (Templates/notifications-&lt;lang&gt;.json, embedded; not "x.vi.json", which MSBuild would take for a satellite resource): wording
/// changes without touching code. A topic without a template (another feature's new event) is rendered by the "*" template
/// from the event's own facts. Placeholders are {name}; values are HTML-encoded in the HTML part.
/// </summary>
public sealed partial class NotificationTemplates
{
    public const string Generic = "*";
    private const string Footer = "_footer";
    public static readonly IReadOnlyList<string> Languages = ["vi", "en"];

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly Dictionary<string, Dictionary<string, Template>> byLanguage;

    public NotificationTemplates()
    {
        byLanguage = Languages.ToDictionary(l => l, Load);
    }

    public sealed record Template(string Subject = "", string Text = "", string Html = "", bool Footer = true);

    public IReadOnlyDictionary<string, Template> For(string language) => byLanguage[Language(language)];

    public static string Language(string? language) => language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "vi";

    /// <summary>The values events fill in (MessageFacts and the payload fields of the features' topics): an edited template may use these only.</summary>
    public static readonly IReadOnlySet<string> KnownPlaceholders = new HashSet<string>(StringComparer.Ordinal)
    {
        "code", "procedure", "dueDate", "lookupLink", "items", "reasons", "reason", "event", "codeSuffix", "details",
        "amount", "transaction", "feedbackCode", "answer", "link", "staffLink", "stepName", "agency",
    };

    /// <param name="custom">An administrator's wording for this topic, channel and language, instead of the default.</param>
    public RenderedMessage Render(string language, NotificationFacts facts, Template? custom = null)
    {
        var templates = For(language);
        var t = custom ?? (templates.TryGetValue(facts.Topic, out var found) ? found : templates[Generic]);
        var text = Fill(t.Text, facts.Values, encode: false);
        var html = Fill(t.Html, facts.Values, encode: true);
        if (t.Footer && facts.Values.ContainsKey("lookupLink") && templates.TryGetValue(Footer, out var footer))
        {
            text += "\n\n" + Fill(footer.Text, facts.Values, encode: false);
            html += Fill(footer.Html, facts.Values, encode: true);
        }
        var subject = Fill(t.Subject, facts.Values, encode: false).ReplaceLineEndings(" ");
        return new RenderedMessage(subject, text, $"<!DOCTYPE html><html lang=\"{Language(language)}\"><head><meta charset=\"utf-8\"></head><body>{html}</body></html>", facts);
    }

    /// <summary>The placeholders a template uses: a check for whoever edits the JSON (a test holds them to the known names).</summary>
    public static IEnumerable<string> Placeholders(Template t) =>
        new[] { t.Subject, t.Text, t.Html }.SelectMany(s => Placeholder().Matches(s)).Select(m => m.Groups[1].Value).Distinct();

    private static string Fill(string template, IReadOnlyDictionary<string, string> values, bool encode) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var v) ? encode ? Html.Encode(v) : v : "");

    private static Dictionary<string, Template> Load(string language)
    {
        var assembly = typeof(NotificationTemplates).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith($".notifications-{language}.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<Dictionary<string, Template>>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"{name} is empty.");
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
