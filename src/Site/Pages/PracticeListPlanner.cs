namespace Samenleven.Site.Pages;

/// <summary>All practices, newest first, in pages of <see cref="Urls.PageSize"/>.</summary>
public sealed class PracticeListPlanner : IPagePlanner
{
    public IEnumerable<IPlannedPage> Plan(SiteContext site) => PagedList.Pages(site, site.Index.Newest, new ListSubject(
        Title: Texts.AllPractices,
        Crumb: Texts.NavPractices,
        Description: Texts.AllPracticesIntro,
        Intro: Texts.AllPracticesLead,
        Url: Urls.PracticeList,
        Trail: [],
        FeedPath: Urls.Feed,
        FeedTitle: Texts.NewPractices,
        SearchHref: site.Href(Urls.Search)));
}
