using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Deploy;

/// <summary><c>build --base-url https://example.org/sub/</c> gives a site that works when served under <c>/sub/</c>.</summary>
public sealed partial class BasePathTests
{
    [Fact]
    public async Task Served_under_a_sub_path_every_link_from_the_home_page_leads_to_a_page_and_its_fragment()
    {
        using var site = TestProject.Create(DeploySite.Files);
        await site.BuildAsync("--base-url", "https://example.org/sub/");

        await using var host = await StaticHost.StartAsync(site.OutputDirectory, "/sub/");
        var crawl = await HttpCrawler.CrawlAsync(new Uri(host.Url("/")), new Uri(host.Url("/")));

        Assert.Empty(crawl.Broken);
        var reached = crawl.Fetched.Keys.Select(u => u.AbsolutePath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in new[] { "/sub/praktijken/de-babbelberg/", "/sub/gemeenten/kortrijk/dienst-diversiteit/", "/sub/afbeeldingen/babbelberg.png", "/sub/feed.xml", "/sub/data/praktijken.csv", "/sub/over/" })
        {
            Assert.Contains(path, reached);
        }

        Assert.Contains(reached, p => p.StartsWith("/sub/assets/site.", StringComparison.Ordinal) && p.EndsWith(".css", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_crawl_notices_a_link_that_forgets_the_base_path()
    {
        using var site = TestProject.Create(DeploySite.Files);
        await site.BuildAsync("--base-url", "https://example.org/sub/");
        var over = Path.Combine(site.OutputDirectory, "over", "index.html");
        File.WriteAllText(over, File.ReadAllText(over).Replace("href=\"/sub/data/praktijken.csv\"", "href=\"/data/praktijken.csv\"", StringComparison.Ordinal));

        await using var host = await StaticHost.StartAsync(site.OutputDirectory, "/sub/");
        var crawl = await HttpCrawler.CrawlAsync(new Uri(host.Url("/")), new Uri(host.Url("/")));

        Assert.Contains(crawl.Broken, b => b.StartsWith("/sub/over/: /data/praktijken.csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Links_in_markdown_bodies_get_the_base_path()
    {
        using var site = TestProject.Create(DeploySite.Files);

        await site.BuildAsync("--base-url", "https://example.org/sub/");

        site.AssertPage("praktijken/de-babbelberg/index.html", "href=\"/sub/praktijken/buurtpraat/\"", "href=\"/sub/over/#open-data\"");
        site.AssertPage("over/index.html", "href=\"/sub/data/praktijken.json\"", "href=\"/sub/data/praktijken.schema.json\"", "href=\"/sub/data/praktijken.csv\"");
        Assert.Empty(LinkChecker.BrokenLinks(site.OutputDirectory, basePath: "/sub/"));
    }

    [Fact]
    public async Task Every_absolute_url_the_site_publishes_is_under_the_base_url_and_leads_somewhere()
    {
        using var site = TestProject.Create(DeploySite.Files);
        await site.BuildAsync("--base-url", "https://example.org/sub/");
        await using var host = await StaticHost.StartAsync(site.OutputDirectory, "/sub/");

        var absolute = new List<string>();
        absolute.AddRange(XDocument.Parse(site.Page("sitemap.xml")).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value));
        foreach (var feed in site.Written().Where(p => p.EndsWith("feed.xml", StringComparison.Ordinal)))
        {
            absolute.AddRange(XDocument.Parse(site.Page(feed)).Descendants().Where(e => e.Name.LocalName == "link").Select(e => (string)e.Attribute("href")!));
        }

        foreach (var page in site.Written().Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            absolute.AddRange(SiteUrl().Matches(site.Page(page)).Select(m => WebUtility.HtmlDecode(m.Value)));
        }

        absolute.AddRange(SiteUrl().Matches(site.Page("data/praktijken.json")).Select(m => m.Value));
        absolute.Add(site.Page("robots.txt").Split("Sitemap: ")[1].Trim());

        Assert.Contains("https://example.org/sub/praktijken/de-babbelberg/", absolute);
        using var client = new HttpClient();
        foreach (var url in absolute.Distinct(StringComparer.Ordinal))
        {
            Assert.StartsWith("https://example.org/sub/", url, StringComparison.Ordinal);
            var served = host.Url("/" + new Uri(url).AbsolutePath["/sub/".Length..]);
            using var response = await client.GetAsync(served);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} (served as {served}) answers {(int)response.StatusCode}");
        }
    }

    /// <summary>Absolute URLs on the test site's own host (example.org without "www"), wherever they appear.</summary>
    [GeneratedRegex("https://example\\.org/[^\"'<>\\s]*", RegexOptions.CultureInvariant)]
    private static partial Regex SiteUrl();
}
