using System.Collections.Frozen;
using System.Collections.Immutable;
using Samenleven.Content;

namespace Samenleven.Site.Pages;

/// <summary>The index of themes or of target groups.</summary>
public sealed record TermIndexModel(PageShell Shell) : PageModel(Shell)
{
    public required string Heading { get; init; }
    public required string Intro { get; init; }
    public required ImmutableArray<CountedLink> Terms { get; init; }

    /// <summary>Where the terms come from, when they are someone else's (the goals of the Plan Samenleven).</summary>
    public LinkItem? Source { get; init; }
}

/// <summary>What a taxonomy is: its index page, its terms, where a term's pages live, its search facet and feeds.</summary>
/// <param name="Feed">The feed path of a term, or null when the taxonomy has no feeds.</param>
public sealed record Taxonomy(
    string IndexPath,
    string Title,
    string Intro,
    ImmutableArray<Term> Terms,
    FrozenDictionary<string, ImmutableArray<Practice>> Practices,
    Func<string, int, string> Url,
    string Facet,
    Func<string, string>? Feed)
{
    /// <summary>Whether the terms are themes, which the cards of a theme's page then leave out.</summary>
    public bool AreThemes { get; init; }

    /// <summary>Where the terms come from, shown on the index.</summary>
    public LinkItem? Source { get; init; }
}

/// <summary>A taxonomy's pages: its index with a count per term, then each term's paged list of practices.</summary>
public static class TermPages
{
    public static IEnumerable<IPlannedPage> Pages(SiteContext site, Taxonomy taxonomy)
    {
        yield return new PlannedPage(new TermIndexModel(site.Shell(taxonomy.IndexPath, taxonomy.Title, taxonomy.Intro, PageKind.Terms, new Crumb(taxonomy.Title, null)))
        {
            Heading = taxonomy.Title,
            Intro = taxonomy.Intro,
            Terms = [.. taxonomy.Terms.Select(t => new CountedLink(t.Title, site.Href(taxonomy.Url(t.Slug, 1)), ContentIndex.PracticesOf(taxonomy.Practices, t.Slug).Length, t.Description))],
            Source = taxonomy.Source,
        });

        foreach (var term in taxonomy.Terms)
        {
            var feed = taxonomy.Feed?.Invoke(term.Slug);
            var subject = new ListSubject(
                Title: term.Title,
                Crumb: term.Title,
                Description: term.Description,
                Intro: term.Description,
                Url: page => taxonomy.Url(term.Slug, page),
                Trail: [new Crumb(taxonomy.Title, site.Href(taxonomy.IndexPath))],
                FeedPath: feed,
                FeedTitle: Texts.NewPracticesIn(term.Title),
                SearchHref: site.Href(Urls.Search) + $"?{taxonomy.Facet}={Uri.EscapeDataString(term.Slug)}")
            {
                HideTheme = taxonomy.AreThemes ? term.Title : null,
            };
            foreach (var page in PagedList.Pages(site, ContentIndex.PracticesOf(taxonomy.Practices, term.Slug), subject))
            {
                yield return page;
            }
        }
    }
}
