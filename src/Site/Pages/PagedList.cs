using System.Collections.Immutable;

namespace Samenleven.Site.Pages;

/// <summary>A paged list of practices: all practices, a theme or a target group.</summary>
public sealed record PracticeListModel(PageShell Shell) : PageModel(Shell)
{
    public required string Heading { get; init; }
    public string? Intro { get; init; }

    /// <summary>"12 praktijken".</summary>
    public required string TotalText { get; init; }
    public required ImmutableArray<PracticeCard> Practices { get; init; }
    public required Pager Pager { get; init; }
    public string? FeedHref { get; init; }
    public string? SearchHref { get; init; }
    public required string ContributeHref { get; init; }
}

/// <summary>What a paged list is about: its title, introduction, place in the site, feed and search link.</summary>
/// <param name="Url">The path of page <c>n</c> of the list.</param>
/// <param name="Trail">The breadcrumbs above the list's own (the list's own is added here).</param>
/// <param name="Crumb">The list's own breadcrumb.</param>
public sealed record ListSubject(
    string Title,
    string Crumb,
    string Description,
    string Intro,
    Func<int, string> Url,
    ImmutableArray<Crumb> Trail,
    string? FeedPath,
    string? FeedTitle,
    string? SearchHref)
{
    /// <summary>The theme the list is about, which its cards leave out; null for other lists.</summary>
    public string? HideTheme { get; init; }
}

/// <summary>Splits a list of practices into pages of <see cref="Urls.PageSize"/>, with their shells and pager.</summary>
public static class PagedList
{
    public static IEnumerable<IPlannedPage> Pages(SiteContext site, ImmutableArray<Content.Practice> practices, ListSubject subject)
    {
        var pageCount = Math.Max(1, (practices.Length + Urls.PageSize - 1) / Urls.PageSize);
        for (var page = 1; page <= pageCount; page++)
        {
            var trail = page == 1
                ? subject.Trail.Add(new Crumb(subject.Crumb, null))
                : subject.Trail.AddRange(new Crumb(subject.Crumb, site.Href(subject.Url(1))), new Crumb(Texts.PageLabel(page), null));
            var shell = site.Shell(subject.Url(page), page > 1 ? Texts.PagedTitle(subject.Title, page) : subject.Title, subject.Description, PageKind.List, [.. trail]) with
            {
                Alternates = subject.FeedPath is { } feed ? [site.Feed(subject.FeedTitle ?? Texts.NewPractices, feed)] : [],
            };
            yield return new PlannedPage(new PracticeListModel(shell)
            {
                Heading = pageCount > 1 ? Texts.PagedHeading(subject.Title, page, pageCount) : subject.Title,
                Intro = subject.Intro,
                TotalText = Texts.Practices(practices.Length),
                Practices = site.Cards(practices.Skip((page - 1) * Urls.PageSize).Take(Urls.PageSize), subject.HideTheme),
                Pager = Pager(site, page, pageCount, subject.Url),
                FeedHref = subject.FeedPath is { } f ? site.Href(f) : null,
                SearchHref = subject.SearchHref,
                ContributeHref = site.Href(Urls.Contribute),
            });
        }
    }

    /// <summary>The page numbers a pager shows: the first, the last and two either side of the current one.</summary>
    public static IEnumerable<int> Window(int page, int pageCount) =>
        Enumerable.Range(1, pageCount).Where(n => n == 1 || n == pageCount || Math.Abs(n - page) <= 2);

    private static Pager Pager(SiteContext site, int page, int pageCount, Func<int, string> url)
    {
        var previous = 0;
        var links = ImmutableArray.CreateBuilder<PageLink>();
        foreach (var number in Window(page, pageCount))
        {
            links.Add(new PageLink(number, site.Href(url(number)), number == page, number > previous + 1));
            previous = number;
        }

        return new Pager(page, pageCount, links.ToImmutable(), page > 1 ? site.Href(url(page - 1)) : null, page < pageCount ? site.Href(url(page + 1)) : null);
    }
}
