using System.Text.Json;
using Microsoft.Playwright;

namespace MotCua.Browser.Tests;

/// <summary>
/// Runs axe-core (installed from npm by scripts/test.sh into node_modules) inside the page and returns the serious and
/// critical violations against WCAG 2.x A/AA.
/// </summary>
public static class Accessibility
{
    private static readonly Lazy<string> Script = new(() =>
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "node_modules", "axe-core", "axe.min.js")))
        {
            dir = Path.GetDirectoryName(dir);
        }
        return dir is null
            ? throw new InvalidOperationException("axe-core is missing: run `npm ci` in tests/MotCua.Browser.Tests (scripts/test.sh does).")
            : File.ReadAllText(Path.Combine(dir, "node_modules", "axe-core", "axe.min.js"));
    });

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Content = Script.Value });
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
              return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
            }
            """);
        return json.EnumerateArray().Select(e => e.GetString()!).ToList();
    }
}
