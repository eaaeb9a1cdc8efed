using Microsoft.Playwright;

namespace MotCua.Browser.Tests;

/// <summary>Debian's Chromium, headless, as every browser fixture launches it. A machine without it fails the tests.</summary>
public static class DebianChromium
{
    public const string Path = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(Path))
        {
            throw new InvalidOperationException("Debian's Chromium is missing: apt-get install chromium (scripts/test.sh does).");
        }
        return playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }
}
