using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Samenleven.Cli;
using Samenleven.Cms;
using Samenleven.Content;
using Samenleven.Loading;
using Samenleven.Serve;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Cms;

/// <summary>
/// The real editor, end to end: a scratch copy of this project served by <c>preview</c>, Decap CMS from our own /admin/
/// under its Content-Security-Policy, decap-server writing files, headless Chromium filling in the form. The practice
/// it saves must land in input/praktijken/, pass <c>check</c> unchanged and appear in the preview.
/// </summary>
public sealed class CmsRoundTripTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] ChromiumFlags =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "samenleven-cms", Guid.NewGuid().ToString("N"));
    private readonly StringWriter _decapLog = new();
    private Process? _decapServer;
    private PreviewServer? _preview;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        var (bundle, problem) = await DecapBundle.EnsureAsync(Repository.Root, Samenleven.Tools.SystemProcessRunner.Instance);
        Assert.True(bundle is not null, $"Decap CMS could not be installed: {problem}");

        CopyProject(Repository.Root, _scratch, bundle);
        await NodeTools.InstallAsync(_scratch);
        var port = FreePort();
        _decapServer = NodeTools.StartDecapServer(_scratch, port, _decapLog);
        await NodeTools.WaitForPortAsync(port, Patience);
        _preview = await PreviewServer.StartAsync(
            new PreviewOptions { ProjectRoot = _scratch, Port = 0, DecapServer = $"http://127.0.0.1:{port}/api/v1" }, TextWriter.Null);
        Assert.True(_preview.LastBuild!.Succeeded, string.Join('\n', _preview.LastBuild.Diagnostics));

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumFlags });
    }

    [Fact]
    public async Task A_practice_created_in_the_editor_is_saved_to_input_passes_check_and_appears_in_the_preview()
    {
        var reference = ReferenceDataReader.Read(new ProjectLoader(new DiskProjectSource(_scratch)).ReadReferenceData(new DiagnosticBag()), new DiagnosticBag())!; // The preview built, so data/ is valid.
        var theme = reference.Themes[0];
        var municipality = reference.Municipalities.First(m => m.Slug == "kortrijk");
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { Locale = "nl-BE" });
        var console = new ConcurrentQueue<string>();
        page.Console += (_, message) => console.Enqueue($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => console.Enqueue($"page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                console.Enqueue($"HTTP {response.Status}: {response.Url}");
            }
        };
        page.Dialog += (_, dialog) => dialog.AcceptAsync(); // "Weet u zeker dat u dit item wil publiceren?"
        await page.AddInitScriptAsync("""
            window.__csp = [];
            document.addEventListener("securitypolicyviolation", e => window.__csp.push(e.violatedDirective + " " + e.blockedURI));
            """);
        try
        {
            await page.GotoAsync(_preview!.Origin + "/admin/");
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
            await page.Locator("a[href='#/collections/praktijken/new']").ClickAsync();

            await page.Locator("input[id^='title-field-']").FillAsync("Samen aan tafel in Kortrijk");
            await page.Locator("textarea[id^='summary-field-']").FillAsync(
                "Een wekelijkse maaltijd waar nieuwkomers en buren samen koken en eten, met kinderopvang en een tolk voor wie dat nodig heeft.");
            await ChooseAsync(page, "gemeenten", municipality.Name);
            await ChooseAsync(page, "themas", theme.Title);
            await page.Locator("input[id^='toegevoegd-field-']").FillAsync("2025-03-14");
            await page.Locator("[data-slate-editor='true']").ClickAsync();
            await page.Keyboard.TypeAsync("Samen koken en eten.");

            await page.GetByRole(AriaRole.Button, new() { Name = "Publiceer", Exact = true }).ClickAsync();
            await page.GetByText("Publiceer nu", new() { Exact = true }).ClickAsync();

            var file = Path.Combine(_scratch, "input", "praktijken", "samen-aan-tafel-in-kortrijk.md");
            // Not merely "the file exists": decap-server may still be writing it. Wait until the whole entry is there.
            var saved = "";
            await Eventually(async () => (saved = await ReadCompleteEntryAsync(file)) is { Length: > 0 }, "the CMS did not write a complete input/praktijken/samen-aan-tafel-in-kortrijk.md");
            Assert.Contains("gemeenten:\n  - kortrijk\n", saved, StringComparison.Ordinal);
            Assert.Contains($"themas:\n  - {theme.Slug}\n", saved, StringComparison.Ordinal);

            var check = await RunCheckAsync(_scratch);
            Assert.True(check.Code == 0, $"check failed on the file the CMS wrote:\n{saved}\n---\n{check.Errors}");

            using var http = new HttpClient();
            await Eventually(
                async () => (await http.GetAsync(_preview.Origin + "/praktijken/samen-aan-tafel-in-kortrijk/")).StatusCode == HttpStatusCode.OK,
                "the preview did not pick up the saved practice");

            var violations = await page.EvaluateAsync<string[]>("window.__csp");
            Assert.True(violations.Length == 0, "Content-Security-Policy violations in the editor:\n" + string.Join('\n', violations));
        }
        catch (Exception) when (Dump(page, console))
        {
            throw; // Dump returns false: the exception goes on, with the screenshot and console written for the reader.
        }
    }

    /// <summary>
    /// The file's text once it holds the complete entry: closed front matter that parses, and the body that was typed
    /// last. Empty while it is missing or half-written, so the caller keeps waiting instead of reading a partial file.
    /// </summary>
    private static async Task<string> ReadCompleteEntryAsync(string file)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(file);
        }
        catch (IOException)
        {
            return "";
        }

        var frontMatter = FrontMatter.Split(text, out _);
        var complete = frontMatter is not null
            && YamlFields.ParseMapping(frontMatter.Yaml, file, 1, new DiagnosticBag()) is { } map
            && map.Children.Count > 0
            && frontMatter.Body.Contains("Samen koken en eten.", StringComparison.Ordinal);
        return complete ? text : "";
    }

    /// <summary>A react-select: open it, type the option's label, pick it (../shared/BROWSER-TESTING.md).</summary>
    private static async Task ChooseAsync(IPage page, string field, string label)
    {
        await page.Locator($"input[id^='{field}-field-']").ClickAsync();
        await page.Keyboard.TypeAsync(label);
        await page.Locator("[class*='-option']", new() { HasTextString = label }).First.WaitForAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Escape");
    }

    private bool Dump(IPage page, ConcurrentQueue<string> console)
    {
        var shot = Path.Combine(Path.GetTempPath(), $"cms-round-trip-{Guid.NewGuid():N}.png");
        page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true }).GetAwaiter().GetResult();
        Console.Error.WriteLine($"CMS round trip failed; screenshot: {shot}\nbrowser console:\n{string.Join('\n', console)}\ndecap-server:\n{_decapLog}");
        return false;
    }

    private static async Task<(int Code, string Errors)> RunCheckAsync(string root)
    {
        var errors = new StringWriter();
        var line = CommandLine.Parse(["check", "--root", root]);
        var code = await CheckCommand.RunAsync(line, new StringWriter(), errors);
        return (code, errors.ToString());
    }

    /// <summary>This project's content, data, theme assets, npm manifests and the editor bundle: never the developer's files.</summary>
    private static void CopyProject(string from, string to, string bundle)
    {
        foreach (var folder in new[] { "input", "data", "themes/default/assets" })
        {
            var source = Path.Combine(from, folder);
            if (!Directory.Exists(source))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, folder, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!); // A file path has a folder.
                File.Copy(file, target);
            }
        }

        File.Copy(Path.Combine(from, "package.json"), Path.Combine(to, "package.json"));
        File.Copy(Path.Combine(from, "package-lock.json"), Path.Combine(to, "package-lock.json"));
        var bundleCopy = DecapBundle.CacheDirectory(to);
        Directory.CreateDirectory(bundleCopy);
        foreach (var file in Directory.EnumerateFiles(bundle))
        {
            File.Copy(file, Path.Combine(bundleCopy, Path.GetFileName(file)));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task Eventually(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{failure} within {Patience.TotalSeconds} s");
            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_preview is not null)
        {
            await _preview.DisposeAsync();
        }

        if (_decapServer is { HasExited: false })
        {
            _decapServer.Kill(entireProcessTree: true);
            await _decapServer.WaitForExitAsync();
        }

        _decapServer?.Dispose();
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    public void Dispose() => _decapLog.Dispose();
}
