using System.Collections.Immutable;

namespace Samenleven.Site.Pages;

/// <summary>The home page: what the site is, a search field, the themes with their counts and the newest practices.</summary>
public sealed record HomeModel(PageShell Shell) : PageModel(Shell)
{
    public required string Intro { get; init; }
    public required int PracticeCount { get; init; }
    public required string PracticeWord { get; init; }
    public required int MunicipalityCount { get; init; }
    public required string MunicipalityWord { get; init; }
    public required ImmutableArray<CountedLink> Themes { get; init; }
    public required ImmutableArray<PracticeCard> Newest { get; init; }
    public required string AllPracticesHref { get; init; }
    public required string MunicipalitiesHref { get; init; }
    public required string ContributeHref { get; init; }
}

public sealed class HomePlanner : IPagePlanner
{
    /// <summary>How many of the newest practices the home page shows.</summary>
    public const int NewestCount = 6;

    public IEnumerable<IPlannedPage> Plan(SiteContext site)
    {
        var settings = site.Reference.Site;
        var municipalities = site.Reference.Municipalities.Count(m => site.Index.HasContent(m.Slug));
        var practices = site.Content.Practices.Length;
        yield return new PlannedPage(new HomeModel(site.Shell(Urls.Home, settings.Title, settings.Description, PageKind.Home) with { Alternates = [site.Feed(Texts.NewPractices, Urls.Feed)] })
        {
            Intro = settings.Description,
            PracticeCount = practices,
            PracticeWord = Texts.PracticesWord(practices),
            MunicipalityCount = municipalities,
            MunicipalityWord = Texts.MunicipalitiesWord(municipalities),
            Themes = [.. site.Reference.Themes.Select(t => new CountedLink(t.Title, site.Href(Urls.Theme(t.Slug)), ContentIndex.PracticesOf(site.Index.ByTheme, t.Slug).Length, null))],
            Newest = site.Cards(site.Index.Newest.Take(NewestCount)),
            AllPracticesHref = site.Href(Urls.Practices),
            MunicipalitiesHref = site.Href(Urls.Municipalities),
            ContributeHref = site.Href(Urls.Contribute),
        });
    }
}
