namespace Samenleven.Site.Pages;

/// <summary>Decides the pages of one kind: pure, from the content and the site's context.</summary>
public interface IPagePlanner
{
    IEnumerable<IPlannedPage> Plan(SiteContext site);
}
