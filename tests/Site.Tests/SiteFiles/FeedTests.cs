using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.SiteFiles;

/// <summary>Atom feeds of new and updated practices: for the site, per theme and per municipality.</summary>
public sealed partial class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task The_site_feed_lists_every_practice_newest_change_first_with_absolute_urls()
    {
        using var site = TestSite.Create(DeploySite.Files);

        await site.BuildAsync();

        var feed = XDocument.Parse(site.Page("feed.xml")).Root!; // Parse throws on a document without a root.
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("nl-BE", (string?)feed.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal("https://example.org/feed.xml", Link(feed, "self"));
        Assert.Equal("https://example.org/praktijken/", Link(feed, "alternate"));
        Assert.Equal("2026-11-20T00:00:00Z", feed.Element(Atom + "updated")!.Value); // The newest change, never the clock.
        var entries = feed.Elements(Atom + "entry").ToArray();
        // De Babbelberg was added first but updated last: a feed of new and updated practices shows it first.
        Assert.Equal(["https://example.org/praktijken/de-babbelberg/", "https://example.org/praktijken/buurtpraat/"], entries.Select(e => e.Element(Atom + "id")!.Value));
        Assert.Equal("2026-10-01T00:00:00Z", entries[0].Element(Atom + "published")!.Value);
        Assert.Equal("2026-11-20T00:00:00Z", entries[0].Element(Atom + "updated")!.Value);
        foreach (var entry in entries)
        {
            Assert.StartsWith("https://example.org/praktijken/", Link(entry, "alternate"), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "summary")?.Value));
        }
    }

    [Fact]
    public async Task Each_theme_and_each_municipality_with_practices_has_a_feed_of_exactly_its_practices()
    {
        using var site = TestSite.Create(DeploySite.Files);

        await site.BuildAsync();

        Assert.Equal(["de-babbelberg", "buurtpraat"], Slugs(site.Page("themas/taal-en-communicatie/feed.xml")));
        Assert.Equal(["de-babbelberg"], Slugs(site.Page("themas/onthaal-nieuwkomers/feed.xml")));
        Assert.Empty(Slugs(site.Page("themas/werk/feed.xml")));
        Assert.Equal(["de-babbelberg", "buurtpraat"], Slugs(site.Page("gemeenten/kortrijk/feed.xml")));
        // Buurtpraat names Kruibeke, which merged into Beveren-Kruibeke-Zwijndrecht.
        Assert.Equal(["buurtpraat"], Slugs(site.Page("gemeenten/beveren-kruibeke-zwijndrecht/feed.xml")));
        Assert.False(site.Exists("gemeenten/leuven/feed.xml"), "a municipality without practices has no feed");
    }

    [Theory]
    [InlineData("index.html", "/feed.xml")]
    [InlineData("praktijken/index.html", "/feed.xml")]
    [InlineData("themas/taal-en-communicatie/index.html", "/themas/taal-en-communicatie/feed.xml")]
    [InlineData("gemeenten/kortrijk/index.html", "/gemeenten/kortrijk/feed.xml")]
    public async Task Pages_announce_their_feed_in_the_head(string page, string feed)
    {
        using var site = TestSite.Create(DeploySite.Files);

        await site.BuildAsync();

        var alternates = AlternateLink().Matches(site.Page(page)).Select(m => (Type: WebUtility.HtmlDecode(m.Groups["type"].Value), Href: m.Groups["href"].Value)).ToArray();
        Assert.Contains(("application/atom+xml", feed), alternates);
    }

    [Fact]
    public async Task Under_a_base_path_feeds_live_and_point_under_it()
    {
        using var site = TestSite.Create(DeploySite.Files);

        await site.BuildAsync("--base-url", "https://example.org/sub/");

        var feed = XDocument.Parse(site.Page("themas/taal-en-communicatie/feed.xml")).Root!; // As above.
        Assert.Equal("https://example.org/sub/themas/taal-en-communicatie/feed.xml", Link(feed, "self"));
        Assert.All(feed.Descendants(Atom + "link"), l => Assert.StartsWith("https://example.org/sub/", (string)l.Attribute("href")!, StringComparison.Ordinal));
        site.AssertPage("themas/taal-en-communicatie/index.html", "href=\"/sub/themas/taal-en-communicatie/feed.xml\"");
    }

    [Fact]
    public async Task Text_from_the_content_is_escaped_and_the_feed_stays_well_formed()
    {
        using var site = TestSite.Create("""
            -- input/praktijken/samen-sterk.md --
            ---
            title: "Samen < sterk > & \"veilig\""
            summary: "Tekst met 1 < 2 & ampersands ]]> en meer."
            gemeenten: [gent]
            themas: [werk]
            toegevoegd: 2026-03-01
            ---
            Tekst.
            """);

        await site.BuildAsync();

        var entry = XDocument.Parse(site.Page("feed.xml")).Root!.Element(Atom + "entry")!; // One practice, one entry.
        Assert.Equal("Samen < sterk > & \"veilig\"", entry.Element(Atom + "title")!.Value);
        Assert.StartsWith("Tekst met 1 < 2 & ampersands ]]> en meer.", entry.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
    }

    private static string Link(XElement element, string rel) =>
        (string)element.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == rel).Attribute("href")!;

    private static string[] Slugs(string feed) =>
        [.. XDocument.Parse(feed).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value.TrimEnd('/').Split('/')[^1])];

    [GeneratedRegex("<link rel=\"alternate\" type=\"(?<type>[^\"]+)\" title=\"[^\"]*\" href=\"(?<href>[^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex AlternateLink();
}
