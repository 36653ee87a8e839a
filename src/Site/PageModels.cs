using System.Collections.Immutable;

namespace Samenleven.Site;

// The view models the theme's Razor components receive. They hold what a page shows, already formatted and linked:
// no domain logic in templates.

/// <summary>A link with its text.</summary>
public sealed record LinkItem(string Text, string Href);

/// <summary>One step of the breadcrumb trail; the last one (the page itself) has no link.</summary>
public sealed record Crumb(string Text, string? Href);

/// <summary>An alternate representation of a page, such as its Atom feed.</summary>
public sealed record Alternate(string Type, string Title, string Href);

/// <summary>What every page shares: the site's header, navigation and footer.</summary>
public sealed record Chrome
{
    public required string SiteTitle { get; init; }
    public required string Language { get; init; }
    public required string HomeHref { get; init; }
    public required string SearchHref { get; init; }
    public required ImmutableArray<LinkItem> Navigation { get; init; }
    public required ImmutableArray<LinkItem> FooterLinks { get; init; }
    public required string StylesheetHref { get; init; }
    public required string PrintStylesheetHref { get; init; }
    public string? ScriptHref { get; init; }
    public required string FaviconHref { get; init; }
    public required string RepositoryUrl { get; init; }
}

/// <summary>The frame of one page: head metadata, breadcrumbs and the chrome.</summary>
public sealed record PageShell
{
    /// <summary>The site-relative path of this page (see <see cref="Urls"/>).</summary>
    public required string Path { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string CanonicalUrl { get; init; }
    public required Chrome Chrome { get; init; }
    public ImmutableArray<Crumb> Breadcrumbs { get; init; } = [];
    public ImmutableArray<Alternate> Alternates { get; init; } = [];

    /// <summary>The page kind, for styling and for the search index (only practices and services are indexed).</summary>
    public required string Kind { get; init; }
    public string? EditUrl { get; init; }
    public string? JsonLd { get; init; }
    public string OpenGraphType { get; init; } = "website";

    /// <summary>Open Graph properties beyond the ones every page has, such as <c>article:published_time</c> and <c>og:image</c>.</summary>
    public ImmutableArray<(string Property, string Content)> OpenGraph { get; init; } = [];
    public bool NoIndex { get; init; }

    /// <summary>Search facets for this page (Pagefind filters), when it is indexed.</summary>
    public ImmutableArray<(string Name, string Value)> SearchFilters { get; init; } = [];
    public ImmutableArray<(string Name, string Value)> SearchMeta { get; init; } = [];

    /// <summary>Sort keys for the search (Pagefind sorts), such as the date a practice was added.</summary>
    public ImmutableArray<(string Name, string Value)> SearchSort { get; init; } = [];
}

/// <summary>A practice as it appears in lists.</summary>
public sealed record PracticeCard(
    string Title,
    string Href,
    string Summary,
    ImmutableArray<LinkItem> Municipalities,
    ImmutableArray<LinkItem> Themes,
    string AddedIso,
    string AddedText);

/// <summary>Page navigation for a paged list.</summary>
public sealed record Pager(int Page, int PageCount, ImmutableArray<PageLink> Pages, string? PreviousHref, string? NextHref);

/// <summary>A numbered link in a pager.</summary>
public sealed record PageLink(int Number, string Href);

/// <summary>A theme, target group or municipality with its number of practices.</summary>
public sealed record CountedLink(string Text, string Href, int Count, string? Description);

public abstract record PageModel(PageShell Shell);

public sealed record HomeModel(PageShell Shell) : PageModel(Shell)
{
    public required string Intro { get; init; }
    public required int PracticeCount { get; init; }
    public required int MunicipalityCount { get; init; }
    public required ImmutableArray<CountedLink> Themes { get; init; }
    public required ImmutableArray<PracticeCard> Newest { get; init; }
    public required string AllPracticesHref { get; init; }
    public required string ThemesHref { get; init; }
    public required string MunicipalitiesHref { get; init; }
    public required string ContributeHref { get; init; }
}

public sealed record ContactView(string? Name, string? Email, string? Phone);

public sealed record PracticeModel(PageShell Shell) : PageModel(Shell)
{
    public required string Title { get; init; }
    public required string Summary { get; init; }

    /// <summary>The content file, whose body is rendered into <see cref="BodyHtml"/> just before the page is written.</summary>
    public required string SourcePath { get; init; }
    public string BodyHtml { get; init; } = "";
    public required ImmutableArray<LinkItem> Municipalities { get; init; }
    public required ImmutableArray<LinkItem> Themes { get; init; }
    public required ImmutableArray<LinkItem> TargetGroups { get; init; }
    public string? Year { get; init; }
    public string? Status { get; init; }
    public string? Organisation { get; init; }
    public ContactView? Contact { get; init; }
    public ImmutableArray<LinkItem> Links { get; init; } = [];
    public string? ImageSrc { get; init; }
    public string? ImageAlt { get; init; }

    /// <summary>The image's size in pixels when it is a local file, for its width and height attributes.</summary>
    public Samenleven.Content.ImageSize? ImageSize { get; init; }
    public required string AddedIso { get; init; }
    public required string AddedText { get; init; }
    public string? UpdatedIso { get; init; }
    public string? UpdatedText { get; init; }
    public required ImmutableArray<PracticeCard> Related { get; init; }
}

/// <summary>A paged list of practices: all practices, a theme or a target group.</summary>
public sealed record PracticeListModel(PageShell Shell) : PageModel(Shell)
{
    public required string Heading { get; init; }
    public string? Intro { get; init; }
    public required int Total { get; init; }
    public required ImmutableArray<PracticeCard> Practices { get; init; }
    public required Pager Pager { get; init; }
    public string? FeedHref { get; init; }
    public string? SearchHref { get; init; }
}

/// <summary>The index of themes or of target groups.</summary>
public sealed record TermIndexModel(PageShell Shell) : PageModel(Shell)
{
    public required string Heading { get; init; }
    public required string Intro { get; init; }
    public required ImmutableArray<CountedLink> Terms { get; init; }
}

public sealed record MunicipalityEntry(string Name, string? Href, int Practices, int Services, string Nis);

public sealed record ProvinceGroup(string Name, string Href, ImmutableArray<MunicipalityEntry> Municipalities);

public sealed record MunicipalityIndexModel(PageShell Shell) : PageModel(Shell)
{
    public required ImmutableArray<ProvinceGroup> Provinces { get; init; }
    public required int WithContent { get; init; }

    /// <summary>The map of Flanders above the list; null when the project has no map data.</summary>
    public MunicipalityMap? Map { get; init; }
}

/// <summary>One day of a service's week: the hour ranges ("09.00–12.00") at the counter and on the phone; empty when closed.</summary>
public sealed record HoursRow(string Day, ImmutableArray<string> Counter, ImmutableArray<string> Phone);

public sealed record ServiceView
{
    public required string Title { get; init; }
    public required string Href { get; init; }
    public string? Summary { get; init; }
    public ImmutableArray<string> AddressLines { get; init; } = [];
    public string? Phone { get; init; }
    public string? PhoneHref { get; init; }
    public string? Email { get; init; }
    public string? Website { get; init; }
    public ImmutableArray<HoursRow> Hours { get; init; } = [];
    public bool HasCounterHours { get; init; }
    public bool HasPhoneHours { get; init; }
    public string? Note { get; init; }
}

public sealed record MunicipalityModel(PageShell Shell) : PageModel(Shell)
{
    public required string Name { get; init; }
    public required LinkItem Province { get; init; }
    public required ImmutableArray<string> FormerNames { get; init; }
    public required ImmutableArray<ServiceView> Services { get; init; }
    public required ImmutableArray<PracticeCard> Practices { get; init; }
    public string? FeedHref { get; init; }
}

public sealed record ServiceModel(PageShell Shell) : PageModel(Shell)
{
    public required ServiceView Service { get; init; }
    public required LinkItem Municipality { get; init; }
    public required ImmutableArray<LinkItem> Themes { get; init; }
    public required string BodyHtml { get; init; }
}

public sealed record ProvinceModel(PageShell Shell) : PageModel(Shell)
{
    public required string Name { get; init; }
    public required ImmutableArray<MunicipalityEntry> Municipalities { get; init; }
    public required ImmutableArray<PracticeCard> Newest { get; init; }
    public required int PracticeCount { get; init; }
}

public sealed record PlainModel(PageShell Shell) : PageModel(Shell)
{
    public required string Title { get; init; }
    public required string BodyHtml { get; init; }
}

public sealed record NotFoundModel(PageShell Shell) : PageModel(Shell)
{
    public required ImmutableArray<LinkItem> Suggestions { get; init; }
}

public sealed record SearchModel(PageShell Shell) : PageModel(Shell)
{
    public required ImmutableArray<LinkItem> Alternatives { get; init; }

    /// <summary>The facets, as checkboxes of the search form; their counts come from the index in the browser.</summary>
    public ImmutableArray<Search.SearchFacet> Facets { get; init; } = [];

    /// <summary>The folder of the search index (Pagefind's bundle).</summary>
    public required string IndexHref { get; init; }

    /// <summary>Our search interface, the adapter over the index engine it loads, and their stylesheet.</summary>
    public string? ScriptHref { get; init; }
    public string? EngineHref { get; init; }
    public string? StylesheetHref { get; init; }
}
