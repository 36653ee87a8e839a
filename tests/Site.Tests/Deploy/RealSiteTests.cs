using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Samenleven.Deploy;
using Samenleven.Tests.Support;
using Xunit.Abstractions;

namespace Samenleven.Tests.Deploy;

/// <summary>Builds this repository's real content once, for a host that serves it under <c>/sub/</c>, and serves it.</summary>
public sealed class RealSiteUnderSubPath : IAsyncLifetime
{
    public const string BaseUrl = "https://example.org/sub/";

    private StaticHost? _host;

    public string OutputDirectory { get; } = Path.Combine(Path.GetTempPath(), "samenleven-real-sub", Guid.NewGuid().ToString("N"));

    public StaticHost Host => _host ?? throw new InvalidOperationException("not started");

    public string BuildReport { get; private set; } = "";

    /// <summary>What the build printed on standard error: its warnings.</summary>
    public string BuildWarnings { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var line = Samenleven.Cli.CommandLine.Parse(["build", "--root", Repository.Root, "--output", OutputDirectory, "--base-url", BaseUrl]);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await Samenleven.Cli.BuildCommand.RunAsync(line, output, error);
        if (code != 0)
        {
            throw new InvalidOperationException($"building the real site failed:\n{error}");
        }

        BuildReport = output.ToString().Trim();
        BuildWarnings = error.ToString();
        _host = await StaticHost.StartAsync(OutputDirectory, "/sub/");
    }

    public string Read(string outputPath) => File.ReadAllText(Path.Combine(OutputDirectory, outputPath));

    public IEnumerable<string> Files(string pattern = "*") =>
        Directory.EnumerateFiles(OutputDirectory, pattern, SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(OutputDirectory, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        try
        {
            Directory.Delete(OutputDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

/// <summary>The real content, deployed under a sub-path: links, feeds, open data and structured data checked against it.</summary>
public sealed partial class RealSiteTests(RealSiteUnderSubPath site, ITestOutputHelper output) : IClassFixture<RealSiteUnderSubPath>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The slugs of the practices in input/praktijken/, which every list must hold exactly once.</summary>
    private static readonly string[] PracticeSlugs =
        [.. Directory.EnumerateFiles(Path.Combine(Repository.Root, "input", "praktijken"), "*.md").Select(Path.GetFileNameWithoutExtension).Select(s => s!).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Every_link_from_the_home_page_and_the_sitemap_works_under_the_sub_path()
    {
        var start = new Uri(site.Host.Url("/"));
        var sitemap = XDocument.Parse(site.Read("sitemap.xml")).Descendants().Where(e => e.Name.LocalName == "loc")
            .Select(e => new Uri(site.Host.Url("/" + e.Value[RealSiteUnderSubPath.BaseUrl.Length..])))
            .ToArray();

        // The CMS at /admin/ is Decap's single-page app, put into the output by the authoring step rather than planned by
        // the generator; the contribution page links to it.
        var crawl = await HttpCrawler.CrawlAsync(start, start, [.. sitemap, new Uri(site.Host.Url("/404.html"))], elsewhere: ["/sub/admin/"]);

        Assert.True(crawl.Broken.Count == 0, $"{crawl.Broken.Count} broken links:\n{string.Join("\n", crawl.Broken.Take(50))}");
        Assert.All(sitemap, u => Assert.Equal(HttpStatusCode.OK, crawl.Fetched[u]));
        var files = site.Files().ToArray();
        var bytes = files.Sum(f => new FileInfo(Path.Combine(site.OutputDirectory, f)).Length);
        output.WriteLine($"{site.BuildReport}\nOn disk: {files.Length} files, {bytes / 1024.0 / 1024.0:0.0} MB; crawled {crawl.Fetched.Count} URLs over HTTP.");
    }

    [Fact]
    public void The_real_content_has_no_warning_and_every_practice_names_where_its_description_comes_from()
    {
        // The editor's bundle may be missing on a machine without npm packages (SID0020); content warnings never are.
        Assert.DoesNotMatch(@"warning SID00(?!20)", site.BuildWarnings);
        using var data = JsonDocument.Parse(site.Read("data/praktijken.json"));
        Assert.All(data.RootElement.GetProperty("praktijken").EnumerateArray(), p =>
            Assert.NotEqual(0, p.GetProperty("bronnen").GetArrayLength()));
    }

    [Fact]
    public void The_open_data_holds_every_practice_exactly_once_and_matches_its_schema()
    {
        Assert.NotEmpty(PracticeSlugs);
        using var data = JsonDocument.Parse(site.Read("data/praktijken.json"));
        using var schema = JsonDocument.Parse(site.Read("data/praktijken.schema.json"));

        var slugs = data.RootElement.GetProperty("praktijken").EnumerateArray().Select(p => p.GetProperty("slug").GetString()!).ToArray();
        Assert.Equal(PracticeSlugs, slugs);
        Assert.Equal(PracticeSlugs.Length, data.RootElement.GetProperty("aantal").GetInt32());
        Assert.Empty(SchemaValidator.Validate(schema.RootElement, data.RootElement));
        Assert.All(data.RootElement.GetProperty("praktijken").EnumerateArray(), p =>
            Assert.Equal($"{RealSiteUnderSubPath.BaseUrl}praktijken/{p.GetProperty("slug").GetString()}/", p.GetProperty("url").GetString()));

        var rows = Samenleven.Tests.SiteFiles.OpenDataTests.ParseCsv(site.Read("data/praktijken.csv").TrimStart('\uFEFF'));
        Assert.Equal(PracticeSlugs, rows.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public void The_feeds_are_well_formed_absolute_and_hold_the_newest_practices_of_their_subject()
    {
        using var data = JsonDocument.Parse(site.Read("data/praktijken.json"));
        var practices = data.RootElement.GetProperty("praktijken").EnumerateArray().ToArray();
        int Expected(Func<JsonElement, bool> about) => Math.Min(Samenleven.SiteFiles.Feeds.MaxEntries, practices.Count(about));

        var feeds = site.Files("feed.xml").ToArray();
        Assert.Contains("feed.xml", feeds);
        foreach (var path in feeds)
        {
            var feed = XDocument.Parse(site.Read(path)).Root!; // Parse throws on a document without a root.
            var entries = feed.Elements(Atom + "entry").ToArray();
            Assert.All(feed.Descendants(Atom + "link"), l => Assert.StartsWith(RealSiteUnderSubPath.BaseUrl, (string)l.Attribute("href")!, StringComparison.Ordinal));
            var ids = entries.Select(e => e.Element(Atom + "id")!.Value).ToArray();
            Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
            var parts = path.Split('/');
            var expected = parts switch
            {
                ["feed.xml"] => Expected(_ => true),
                ["themas", var theme, "feed.xml"] => Expected(p => p.GetProperty("themas").EnumerateArray().Any(t => t.GetProperty("slug").GetString() == theme)),
                ["gemeenten", var municipality, "feed.xml"] => Expected(p => p.GetProperty("gemeenten").EnumerateArray().Any(m => m.GetProperty("slug").GetString() == municipality)),
                _ => throw new InvalidOperationException($"unexpected feed {path}"),
            };
            Assert.True(expected == entries.Length, $"{path} has {entries.Length} entries, not {expected}");
            var page = path[..^"feed.xml".Length] + "index.html";
            if (path != "feed.xml")
            {
                Assert.Contains($"href=\"/sub/{path}\"", site.Read(page), StringComparison.Ordinal);
            }
        }

        Assert.Contains("href=\"/sub/feed.xml\"", site.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_practice_and_service_page_has_one_json_ld_block_that_parses()
    {
        var pages = site.Files("index.html").Where(p => p.StartsWith("praktijken/", StringComparison.Ordinal) || p.Count(c => c == '/') == 3 && p.StartsWith("gemeenten/", StringComparison.Ordinal)).ToArray();
        var counted = 0;
        foreach (var path in pages)
        {
            var html = site.Read(path);
            if (html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal) || !html.Contains("class=\"page-practice\"", StringComparison.Ordinal) && !html.Contains("class=\"page-service\"", StringComparison.Ordinal))
            {
                continue; // Redirect pages and lists.
            }

            var blocks = LdBlock().Matches(html);
            Assert.True(blocks.Count == 1, $"{path} has {blocks.Count} JSON-LD blocks");
            using var json = JsonDocument.Parse(blocks[0].Groups["json"].Value);
            var type = json.RootElement.GetProperty("@type").GetString();
            Assert.Contains(type, new[] { "Article", "GovernmentOffice" });
            Assert.StartsWith(RealSiteUnderSubPath.BaseUrl, json.RootElement.GetProperty("url").GetString(), StringComparison.Ordinal);
            counted++;
        }

        Assert.True(counted >= PracticeSlugs.Length, $"only {counted} pages with JSON-LD for {PracticeSlugs.Length} practices");
    }

    [Fact]
    public void No_page_needs_more_than_the_strict_content_security_policy_allows()
    {
        foreach (var path in site.Files("*.html"))
        {
            var html = site.Read(path);
            Assert.False(InlineStyle().IsMatch(html), $"{path} has a style attribute or element, which style-src 'self' blocks");
            Assert.False(InlineHandler().IsMatch(html), $"{path} has an inline event handler, which script-src 'self' blocks");
            foreach (Match script in ScriptTag().Matches(html))
            {
                Assert.True(
                    script.Groups["attrs"].Value.Contains(" src=\"", StringComparison.Ordinal) || LdBlock().IsMatch(script.Value),
                    $"{path} has an inline script, which script-src 'self' blocks: {script.Value[..Math.Min(120, script.Value.Length)]}");
            }
        }
    }

    [Fact]
    public void Every_published_file_gets_one_policy_and_one_caching_rule()
    {
        var rules = DeploySite.ParseHeaders(site.Read("_headers"));
        foreach (var file in site.Files().Where(f => f is not ("_headers" or "_redirects")))
        {
            var url = "/sub/" + (file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);
            var headers = rules.Where(r => r.Matches(url)).SelectMany(r => r.Headers).ToArray();
            Assert.True(headers.Count(h => h.Name == "Cache-Control") <= 1, $"{url} gets Cache-Control twice");
            Assert.True(headers.Count(h => h.Name == "Content-Security-Policy") <= 1, $"{url} gets two policies");
            if (file.EndsWith(".html", StringComparison.Ordinal))
            {
                // The editor at /admin/ (written by the build since the authoring merge) has its own policy.
                var policy = url.StartsWith("/sub/admin/", StringComparison.Ordinal) ? HostRules.AdminPolicy : HostRules.SitePolicy;
                Assert.Contains(headers, h => h == new HttpHeader("Content-Security-Policy", policy));
                Assert.Contains(headers, h => h.Name == "Cache-Control");
            }
        }
    }

    [GeneratedRegex("<script type=\"application/ld(?:\\+|&#x2B;)json\">(?<json>.*?)</script>", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex LdBlock();

    [GeneratedRegex("<script(?<attrs>[^>]*)>.*?</script>", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("<[a-zA-Z][^>]*\\sstyle=\"|<style[\\s>]", RegexOptions.CultureInvariant)]
    private static partial Regex InlineStyle();

    [GeneratedRegex("<[a-zA-Z][^>]*\\son[a-z]+=\"", RegexOptions.CultureInvariant)]
    private static partial Regex InlineHandler();
}
