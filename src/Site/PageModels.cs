using System.Collections.Immutable;
using Samenleven.Content;
using Samenleven.Site.Pages;

namespace Samenleven.Site;

// The parts of view models that many pages share. Each page kind's own model lives beside its planner in Pages/.
// They hold what a page shows, already formatted and linked: no domain logic, plurals or URLs in templates.

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

    /// <summary>The pages' <c>lang</c>: the language of <c>data/site.yml</c> without its region.</summary>
    public required string Language { get; init; }

    /// <summary>Open Graph's <c>og:locale</c>.</summary>
    public required string Locale { get; init; }
    public required string HomeHref { get; init; }
    public required string SearchHref { get; init; }
    public required ImmutableArray<LinkItem> Navigation { get; init; }
    public required ImmutableArray<LinkItem> FooterLinks { get; init; }
    public required string FooterNote { get; init; }
    public required string StylesheetHref { get; init; }
    public required string PrintStylesheetHref { get; init; }
    public string? ScriptHref { get; init; }
    public required string FaviconHref { get; init; }

    /// <summary>Who publishes the site, shown in the footer of every page.</summary>
    public required PublisherView Publisher { get; init; }
}

/// <summary>
/// The publisher as the footer shows it: what <c>data/site.yml</c> states, and one honest sentence about what it does not
/// state yet (null when nothing is missing), with where to ask meanwhile.
/// </summary>
public sealed record PublisherView(string? Name, string? Address, LinkItem? Email, LinkItem? Phone, string? EnterpriseNumber, string? Missing, LinkItem? AskElsewhere);

/// <summary>The frame of one page: head metadata, breadcrumbs and the chrome.</summary>
public sealed record PageShell
{
    /// <summary>The site-relative path of this page (see <see cref="Urls"/>).</summary>
    public required string Path { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string CanonicalUrl { get; init; }
    public required Chrome Chrome { get; init; }
    public required PageKind Kind { get; init; }
    public ImmutableArray<Crumb> Breadcrumbs { get; init; } = [];
    public ImmutableArray<Alternate> Alternates { get; init; } = [];

    /// <summary>The main navigation link that leads to this page's section, marked <c>aria-current</c>; null for none.</summary>
    public string? CurrentSectionHref { get; init; }

    /// <summary>Whether this is the home page, whose brand link is marked <c>aria-current</c>.</summary>
    public bool IsHome { get; init; }

    /// <summary>
    /// Whether the header carries its search form. The search page has its own form, and one page has one search
    /// landmark; its header keeps only the "Zoeken" link, marked as the current page.
    /// </summary>
    public bool HeaderSearch => Kind != PageKind.Search;

    /// <summary>The <c>class</c> of the body.</summary>
    public string BodyClass => Kind.CssClass();
    public string? EditUrl { get; init; }

    /// <summary>The contribution form in change mode with this page filled in: "Meld een wijziging", no account needed.</summary>
    public string? ReportChangeUrl { get; init; }
    public string? JsonLd { get; init; }
    public string OpenGraphType { get; init; } = "website";

    /// <summary>Open Graph properties beyond the ones every page has, such as <c>article:published_time</c> and <c>og:image</c>.</summary>
    public ImmutableArray<(string Property, string Content)> OpenGraph { get; init; } = [];
    public bool NoIndex { get; init; }
}

/// <summary>
/// The view model of one page. The theme renders it with the layout named after it (<c>PracticeModel</c> →
/// <c>PracticeLayout.razor</c>). A page with a Markdown body carries the body; the renderer converts it to
/// <see cref="BodyHtml"/> just before the page is written, so it is parsed once and never kept.
/// </summary>
public abstract record PageModel(PageShell Shell)
{
    /// <summary>The content file whose body this page shows, or null.</summary>
    public string? BodySource { get; init; }

    public MarkdownBody? Body { get; init; }

    /// <summary>The summary the body must not repeat as its first paragraph (the renderer warns when it does).</summary>
    public string? BodySummary { get; init; }

    public string BodyHtml { get; init; } = "";

    /// <summary>What the search index holds of this page besides its body; null for a page the search does not find.</summary>
    public SearchEntry? Search { get; init; }
}

/// <summary>
/// A practice as it appears in lists, calm: its title as the one link (one tab stop per card), where, what about (at most
/// <see cref="MaxThemes"/> themes, then "+N"), its summary and the labelled date it was added.
/// </summary>
public sealed record PracticeCard(
    string Title,
    string Href,
    string Summary,
    string MunicipalitiesLabel,
    string Municipalities,
    ImmutableArray<string> Themes,
    string AddedIso,
    string AddedText)
{
    public const int MaxThemes = 3;

    public IEnumerable<string> ShownThemes => Themes.Take(MaxThemes);

    /// <summary>"+2" when there are more themes than shown, else null.</summary>
    public string? MoreThemes => Themes.Length > MaxThemes ? Texts.MoreThemes(Themes.Length - MaxThemes) : null;

    public string? MoreThemesSpoken => Themes.Length > MaxThemes ? Texts.MoreThemesSpoken(Themes.Length - MaxThemes) : null;

    /// <summary>The card on a theme's own page: that theme goes without saying.</summary>
    public PracticeCard Without(string themeTitle) => this with { Themes = Themes.Remove(themeTitle, StringComparer.Ordinal) };
}

/// <summary>Page navigation for a paged list.</summary>
public sealed record Pager(int Page, int PageCount, ImmutableArray<PageLink> Pages, string? PreviousHref, string? NextHref);

/// <summary>A numbered link in a pager; <paramref name="GapBefore"/> when numbers were skipped before it.</summary>
public sealed record PageLink(int Number, string Href, bool Current, bool GapBefore);

/// <summary>A theme, target group or municipality with its number of practices.</summary>
public sealed record CountedLink(string Text, string Href, int Count, string? Description)
{
    /// <summary>"praktijk" or "praktijken", read after the number.</summary>
    public string CountWord => Texts.PracticesWord(Count);

    /// <summary>"1 praktijk", "3 praktijken".</summary>
    public string CountText => Texts.Practices(Count);
}
