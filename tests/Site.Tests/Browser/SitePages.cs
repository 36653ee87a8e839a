using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Samenleven.Tests.Browser;

/// <summary>
/// One page of every kind in the real built site, found by the kind its layout writes on <c>&lt;body class="page-…"&gt;</c>,
/// so the browser tests follow the content as it grows instead of naming practices.
/// </summary>
internal static partial class SitePages
{
    /// <summary>Every kind of page the site has; these names are the browser tests' theory data.</summary>
    public static readonly string[] Kinds =
        ["home", "list", "paged-list", "practice", "theme", "terms", "municipalities", "municipality", "empty-municipality", "service", "province", "page", "search", "notfound"];

    public static TheoryData<string> AllKinds => [.. Kinds];

    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Cache = new(StringComparer.Ordinal);

    /// <summary>The site path of a page of this kind (such as <c>/praktijken/taalcafe/</c>); fails the test when the site has none.</summary>
    public static string PathOf(BrowserFixture fixture, string kind)
    {
        var pages = Cache.GetOrAdd(fixture.OutputDirectory, Find);
        Assert.True(pages.TryGetValue(kind, out var path), $"the built site has no page of kind '{kind}'");
        return path!; // TryGetValue returned true.
    }

    /// <summary>Every HTML page of the built site as a site path with its kind (redirect pages have kind "redirect").</summary>
    public static IEnumerable<(string Path, string Kind)> All(string outputDirectory) =>
        Directory.EnumerateFiles(outputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(file => (File: file, Path: SitePath(outputDirectory, file)))
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .Select(p => (p.Path, BodyKind().Match(File.ReadAllText(p.File)) is { Success: true } m ? m.Groups["kind"].Value : "redirect"));

    private static Dictionary<string, string> Find(string outputDirectory)
    {
        var all = All(outputDirectory).ToArray();
        var found = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["home"] = "/",
            ["list"] = "/praktijken/",
            ["terms"] = "/themas/",
            ["municipalities"] = "/gemeenten/",
            ["page"] = "/over/",
            ["search"] = "/zoeken/",
            ["notfound"] = "/deze-pagina-bestaat-niet/",
        };
        void First(string kind, Func<(string Path, string Kind), bool> match)
        {
            if (all.FirstOrDefault(match) is { Path: not null } page)
            {
                found[kind] = page.Path;
            }
        }

        First("paged-list", p => p.Kind == "list" && p.Path.Contains("/pagina/", StringComparison.Ordinal));
        First("practice", p => p.Kind == "practice");
        First("theme", p => p.Kind == "list" && p.Path.StartsWith("/themas/", StringComparison.Ordinal) && !p.Path.Contains("/pagina/", StringComparison.Ordinal));
        First("service", p => p.Kind == "service");
        First("province", p => p.Kind == "province");

        // A municipality with a service shows both halves of its page: contact and opening hours, and practices. One
        // without content yet (kept out of search engines) shows the practices nearby and the call to add the first.
        bool Has(string path, string text) => File.ReadAllText(OutputFile(outputDirectory, path)).Contains(text, StringComparison.Ordinal);
        const string NoIndex = "<meta name=\"robots\" content=\"noindex\">";
        First("municipality", p => p.Kind == "municipality" && !Has(p.Path, NoIndex));
        First("municipality", p => p.Kind == "municipality" && Has(p.Path, "class=\"service-card\""));
        First("empty-municipality", p => p.Kind == "municipality" && Has(p.Path, NoIndex));
        return found;
    }

    public static string OutputFile(string outputDirectory, string sitePath) =>
        Path.Combine(outputDirectory, sitePath.EndsWith('/') ? sitePath[1..] + "index.html" : sitePath[1..]);

    private static string SitePath(string outputDirectory, string file)
    {
        var relative = "/" + Path.GetRelativePath(outputDirectory, file).Replace('\\', '/');
        return relative.EndsWith("/index.html", StringComparison.Ordinal) ? relative[..^"index.html".Length] : relative;
    }

    [GeneratedRegex("<body class=\"page-(?<kind>[a-z-]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex BodyKind();
}

/// <summary>The viewports the site is tested in.</summary>
internal static class Viewports
{
    public const string Desktop = "desktop";
    public const string Phone = "phone";

    public static (int Width, int Height) Size(string viewport) => viewport switch
    {
        Desktop => (1280, 900),
        Phone => (375, 740),
        _ => throw new ArgumentOutOfRangeException(nameof(viewport), viewport, "unknown viewport"),
    };
}

/// <summary>
/// The base of the browser test classes: opens pages the way the tests need them, and closes them after each test (xunit
/// makes a new instance per test) so a long run does not pile up browser contexts.
/// </summary>
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    protected BrowserFixture Fixture { get; } = fixture;

    /// <summary>A fresh page at a size and colour scheme, with or without JavaScript.</summary>
    protected async Task<IPage> OpenAsync(int width, int height, ColorScheme scheme = ColorScheme.Light, bool javaScript = true)
    {
        var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            ColorScheme = scheme,
            Locale = "nl-BE",
        });
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A fresh page showing a page of this kind. The search page is shown in its state before any script runs: its scripts
    /// are blocked (not JavaScript itself, which axe and the tests' own probes need); its interactive states are the search tests' part.
    /// </summary>
    protected async Task<IPage> OpenKindAsync(string kind, int width, int height, ColorScheme scheme = ColorScheme.Light)
    {
        var page = await OpenAsync(width, height, scheme);
        if (kind == "search")
        {
            await page.RouteAsync("**/*.js", route => route.AbortAsync());
        }

        await GoAsync(page, SitePages.PathOf(Fixture, kind), kind == "notfound" ? 404 : 200);
        return page;
    }

    /// <summary>Goes to a site path and checks the status: 200, or 404 for the not-found page.</summary>
    protected async Task GoAsync(IPage page, string sitePath, int status = 200)
    {
        var response = await page.GotoAsync(Fixture.Host.Url(sitePath));
        Assert.NotNull(response);
        Assert.Equal(status, response.Status);
    }

    /// <summary>The path part of the page's current URL, such as <c>/gemeenten/leuven/</c>.</summary>
    protected static string SitePath(IPage page) => new Uri(page.Url).AbsolutePath;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }
}
