using Microsoft.Playwright;

namespace AlnDecisions.Pages.Tests.Infrastructure;

/// <summary>
/// Debian's chromium, driven by Playwright's own driver (the Node.js program inside the
/// Microsoft.Playwright package, copied next to the tests at build: nothing is downloaded at run
/// time). A missing browser fails the tests, saying how to install it; it never skips them.
/// </summary>
internal static class Chromium
{
    /// <summary>Where the browser is: CHROMIUM_PATH, or Debian's /usr/bin/chromium.</summary>
    public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not at {ExecutablePath}: the browser tests need Debian's chromium. Run ./scripts/install-test-prerequisites.sh (or apt-get install chromium), or set CHROMIUM_PATH.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        return (playwright, browser);
    }
}
