namespace Samenleven.Site.Pages;

/// <summary>A plain page such as <c>/over/</c>: a title and its Markdown body.</summary>
public sealed record PlainPageModel(PageShell Shell) : PageModel(Shell)
{
    public required string Title { get; init; }
}

/// <summary>A page per Markdown file directly in <c>input/</c>.</summary>
public sealed class PlainPagePlanner : IPagePlanner
{
    public IEnumerable<IPlannedPage> Plan(SiteContext site) =>
        site.Content.Pages.Select(page => new PlannedPage(
            new PlainPageModel(site.Shell(Urls.Page(page.Slug), page.Title, page.Summary ?? page.Title, PageKind.Page, new Crumb(page.Title, null)) with { EditUrl = site.EditUrl(page.SourcePath) })
            {
                BodySource = page.SourcePath,
                Body = page.Body,
                Title = page.Title,
            },
            page.SourcePath));
}
