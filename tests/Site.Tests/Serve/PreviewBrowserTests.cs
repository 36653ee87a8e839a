using Microsoft.Playwright;
using Samenleven.Serve;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Serve;

/// <summary>The reload script in a real tab: the page reloads itself on save, content errors appear over the page and go away when fixed.</summary>
public sealed class PreviewBrowserTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] ChromiumFlags =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private const float Patience = 30_000;

    private const string Practice = """
        ---
        title: De Babbelberg
        summary: Nieuwkomers oefenen Nederlands.
        gemeenten: [kortrijk]
        themas: [werk]
        toegevoegd: 2026-10-01
        ---
        Eerste versie.
        """;

    private readonly TestProject _site = TestProject.Create($"""
        -- input/praktijken/de-babbelberg.md --
        {Practice}
        """);

    private PreviewServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _server = await PreviewServer.StartAsync(new PreviewOptions { ProjectRoot = _site.Root, Port = 0 }, TextWriter.Null);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumFlags });
    }

    [Fact]
    public async Task A_saved_change_reloads_the_open_tab_and_a_content_error_is_shown_in_it_until_fixed()
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_server!.Origin + "/praktijken/de-babbelberg/");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Eerste versie.");
        await WaitForTabsAsync(1); // Saving before the tab listens would test nothing.

        _site.Write("input/praktijken/de-babbelberg.md", Practice.Replace("Eerste versie.", "Tweede versie.", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Tweede versie.", new() { Timeout = Patience });

        _site.Write("input/praktijken/de-babbelberg.md", Practice.Replace("[werk]", "[wrek]", StringComparison.Ordinal));
        var panel = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(panel).ToContainTextAsync("De preview kon niet worden bijgewerkt", new() { Timeout = Patience });
        await Assertions.Expect(panel).ToContainTextAsync("input/praktijken/de-babbelberg.md:5:");
        await Assertions.Expect(panel).ToContainTextAsync("did you mean 'werk'?");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Tweede versie."); // The last good page stays.

        _site.Write("input/praktijken/de-babbelberg.md", Practice.Replace("Eerste versie.", "Hersteld.", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Hersteld.", new() { Timeout = Patience });
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
    }

    private async Task WaitForTabsAsync(int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMilliseconds(Patience);
        while (_server!.Hub.Connected < count)
        {
            Assert.True(DateTime.UtcNow < deadline, "the tab never connected to the reload events");
            await Task.Delay(20);
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public void Dispose() => _site.Dispose();
}
