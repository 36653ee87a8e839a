namespace Samenleven.Site.Pages;

/// <summary>
/// The kinds of page the site has. A page's kind names its <c>&lt;body&gt;</c> class (<c>page-practice</c>) and decides
/// whether the search indexes it. Each kind has one planner in this folder and one layout in the theme.
/// </summary>
public enum PageKind
{
    Home,

    /// <summary>A paged list of practices: all of them, a theme's or a target group's.</summary>
    List,
    Practice,

    /// <summary>The index of themes or of target groups.</summary>
    Terms,

    /// <summary>The index of all municipalities, with the map.</summary>
    Municipalities,
    Municipality,
    Service,
    Province,

    /// <summary>A plain page from <c>input/*.md</c>.</summary>
    Page,
    Search,
    NotFound,
}

/// <summary>What follows from a page's kind.</summary>
public static class PageKinds
{
    /// <summary>The <c>page-…</c> class of the body: the kind's name in lower case.</summary>
    public static string CssClass(this PageKind kind) => "page-" + kind.ToString().ToLowerInvariant();

    /// <summary>Only practices and service pages are in the search index: list pages only repeat them.</summary>
    public static bool IsSearched(this PageKind kind) => kind is PageKind.Practice or PageKind.Service;
}
