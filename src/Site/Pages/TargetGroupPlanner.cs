namespace Samenleven.Site.Pages;

/// <summary>The target groups: their index and a paged list per group.</summary>
public sealed class TargetGroupPlanner : IPagePlanner
{
    public IEnumerable<IPlannedPage> Plan(SiteContext site) => TermPages.Pages(site, new Taxonomy(
        IndexPath: Urls.TargetGroups,
        Title: Texts.TargetGroups,
        Intro: Texts.TargetGroupsIntro,
        Terms: site.Reference.TargetGroups,
        Practices: site.Index.ByTargetGroup,
        Url: Urls.TargetGroup,
        Facet: SearchFacets.TargetGroup,
        Feed: null));
}
