using System.Collections.Immutable;

namespace Samenleven.Site.Pages;

/// <summary>The page a host shows for an address that does not exist.</summary>
public sealed record NotFoundModel(PageShell Shell) : PageModel(Shell)
{
    public required ImmutableArray<LinkItem> Suggestions { get; init; }
}

public sealed class NotFoundPlanner : IPagePlanner
{
    public IEnumerable<IPlannedPage> Plan(SiteContext site)
    {
        yield return new PlannedPage(new NotFoundModel(site.Shell(Urls.NotFound, Texts.NotFoundTitle, Texts.NotFoundDescription, PageKind.NotFound, new Crumb(Texts.NotFoundTitle, null)) with { NoIndex = true })
        {
            Suggestions =
            [
                new(Texts.NotFoundHome, site.Href(Urls.Home)),
                new(Texts.AllPractices, site.Href(Urls.Practices)),
                new(Texts.NavThemes, site.Href(Urls.Themes)),
                new(Texts.NavMunicipalities, site.Href(Urls.Municipalities)),
                new(Texts.SearchTitle, site.Href(Urls.Search)),
            ],
        });
    }
}
