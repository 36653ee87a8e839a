namespace Samenleven.Site.Pages;

/// <summary>A plain page such as <c>/over/</c>: a title and its Markdown body.</summary>
public sealed record PlainPageModel(PageShell Shell) : PageModel(Shell)
{
    public required string Title { get; init; }

    /// <summary>"Laatst geëvalueerd op 2 december 2026" above the body, when the page states an evaluation date.</summary>
    public string? EvaluatedNote { get; init; }

    /// <summary>The same date as <c>yyyy-MM-dd</c>, for the <c>time</c> element.</summary>
    public string? EvaluatedIso { get; init; }

    public string? EvaluatedDate { get; init; }
}

/// <summary>A page per Markdown file directly in <c>input/</c>.</summary>
public sealed class PlainPagePlanner : IPagePlanner
{
    public IEnumerable<IPlannedPage> Plan(SiteContext site) =>
        site.Content.Pages.Where(page => page.Slug != ContributePlanner.Slug).Select(page => new PlannedPage(
            new PlainPageModel(site.Shell(Urls.Page(page.Slug), page.Title, page.Summary ?? page.Title, PageKind.Page, new Crumb(page.Title, null)) with { EditUrl = site.EditUrl(page.SourcePath) })
            {
                BodySource = page.SourcePath,
                Body = page.Body,
                Title = page.Title,
                EvaluatedNote = page.Evaluated is { } evaluated ? Texts.EvaluatedOn : null,
                EvaluatedIso = page.Evaluated is { } date ? Texts.Iso(date) : null,
                EvaluatedDate = page.Evaluated is { } day ? Texts.Date(day) : null,
            },
            page.SourcePath));
}
