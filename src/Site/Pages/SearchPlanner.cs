using System.Collections.Immutable;

namespace Samenleven.Site.Pages;

/// <summary>The search page: the form, the facets, and pages to browse instead.</summary>
public sealed record SearchModel(PageShell Shell) : PageModel(Shell)
{
    public required ImmutableArray<LinkItem> Alternatives { get; init; }

    /// <summary>The facets, as checkboxes of the search form; their counts come from the index in the browser.</summary>
    public ImmutableArray<SearchFacet> Facets { get; init; } = [];

    /// <summary>How many values a long facet shows first; search.js reads it from the page.</summary>
    public required int FacetPreview { get; init; }

    /// <summary>The folder of the search index.</summary>
    public required string IndexHref { get; init; }

    /// <summary>Our search interface, the adapter over the index engine it loads, and their stylesheet.</summary>
    public string? ScriptHref { get; init; }
    public string? EngineHref { get; init; }
    public string? StylesheetHref { get; init; }

    /// <summary>The spelling suggestions' module, which the engine adapter loads when a query finds little.</summary>
    public string? SuggestHref { get; init; }
}

public sealed class SearchPlanner : IPagePlanner
{
    /// <summary>The folder of the site the search index goes into.</summary>
    public const string IndexFolder = Urls.SearchIndexFolder;

    public IEnumerable<IPlannedPage> Plan(SiteContext site)
    {
        string? Asset(string name) => site.Assets.Has(name) ? site.Href(site.Assets.PathOf(name)) : null;
        yield return new PlannedPage(new SearchModel(site.Shell(Urls.Search, Texts.SearchTitle, Texts.SearchDescription, PageKind.Search, new Crumb(Texts.SearchTitle, null)))
        {
            Alternatives =
            [
                new(Texts.BrowseThemes, site.Href(Urls.Themes)),
                new(Texts.BrowseMunicipalities, site.Href(Urls.Municipalities)),
                new(Texts.BrowseTargetGroups, site.Href(Urls.TargetGroups)),
                new(Texts.BrowseDomains, site.Href(Urls.Domains)),
                new(Texts.BrowsePlan, site.Href(Urls.PlanGoals)),
                new(Texts.AllPractices, site.Href(Urls.Practices)),
            ],
            Facets = site.Facets.For(site.Content),
            FacetPreview = SearchFacets.PreviewCount,
            IndexHref = site.Href($"/{IndexFolder}/"),
            ScriptHref = Asset("search.js"),
            EngineHref = Asset("search-pagefind.js"),
            StylesheetHref = Asset("search.css"),
            SuggestHref = Asset("search-suggest.js"),
        });
    }
}
