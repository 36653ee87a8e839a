using System.Collections.Immutable;

namespace Samenleven.Site;

/// <summary>A non-HTML file the site publishes, such as <c>sitemap.xml</c>.</summary>
public sealed record TextFile(string Path, string Content);

/// <summary>An old URL that must lead to a new one (aliases, former municipalities).</summary>
public sealed record Redirect(string From, string To);

/// <summary>Everything the site consists of, decided but not yet rendered.</summary>
public sealed record SitePlan(
    ImmutableArray<PageModel> Pages,
    ImmutableArray<TextFile> Files,
    ImmutableArray<Redirect> Redirects,
    SiteUrls Urls);
