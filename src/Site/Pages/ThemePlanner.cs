namespace Samenleven.Site.Pages;

/// <summary>The themes: their index and a paged list per theme, each with its feed.</summary>
public sealed class ThemePlanner : IPagePlanner
{
    public IEnumerable<IPlannedPage> Plan(SiteContext site) => TermPages.Pages(site, new Taxonomy(
        IndexPath: Urls.Themes,
        Title: Texts.NavThemes,
        Intro: Texts.ThemesIntro,
        Terms: site.Reference.Themes,
        Practices: site.Index.ByTheme,
        Url: Urls.Theme,
        Facet: SearchFacets.Theme,
        Feed: Urls.ThemeFeed)
    {
        AreThemes = true,
    });
}
