using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Browser;

/// <summary>
/// Builds the real site (this repository's input/ and data/) once, with its search index, serves it on 127.0.0.1 and
/// starts one headless Chromium for a whole test collection. Each test opens its own page.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Flags from ../shared/BROWSER-TESTING.md: no sandbox as root, and no calls out on a closed network.</summary>
    private static readonly string[] ChromiumFlags =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private IPlaywright? _playwright;
    private StaticHost? _host;
    private string? _output;

    public IBrowser Browser { get; private set; } = null!; // Set in InitializeAsync before any test runs.

    public StaticHost Host => _host ?? throw new InvalidOperationException("the fixture is not started");

    /// <summary>The built site on disk.</summary>
    public string OutputDirectory => _output ?? throw new InvalidOperationException("the fixture is not started");

    public async Task InitializeAsync()
    {
        var chromium = FindChromium()
            ?? throw new InvalidOperationException("Chromium not found: install Debian's package with `apt-get install -y chromium` (.ci/run does this), or set CHROMIUM_PATH.");
        _output = Path.Combine(Path.GetTempPath(), "samenleven-browser", Guid.NewGuid().ToString("N"));
        var line = Samenleven.Cli.CommandLine.Parse(["build", "--root", Repository.Root, "--output", _output]);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await Samenleven.Cli.BuildCommand.RunAsync(line, output, error);
        if (code != 0)
        {
            throw new InvalidOperationException($"building the real site failed:\n{error}");
        }

        _host = await StaticHost.StartAsync(_output);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ChromiumFlags });
    }

    /// <summary>A fresh page (and context) at the given size; JavaScript can be switched off.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            Locale = "nl-BE",
        });
        return await context.NewPageAsync();
    }

    /// <summary>Runs axe with the WCAG 2.1 A and AA rules and returns the violations, one readable line each.</summary>
    public static async Task<IReadOnlyList<string>> AccessibilityViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return [.. result.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help} at {n.Target} {n.Html}"))];
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_output is not null && Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    private static string? FindChromium() =>
        new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
}

/// <summary>One built site and one browser for every browser test class.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
