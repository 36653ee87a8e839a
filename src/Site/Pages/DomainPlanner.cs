namespace Samenleven.Site.Pages;

/// <summary>The domains of an inclusive local government (policy, services, internal organisation): their index and a list per domain.</summary>
public sealed class DomainPlanner : IPagePlanner
{
    public IEnumerable<IPlannedPage> Plan(SiteContext site) => TermPages.Pages(site, new Taxonomy(
        IndexPath: Urls.Domains,
        Title: Texts.Domains,
        Intro: Texts.DomainsIntro,
        Terms: site.Reference.Domains,
        Practices: site.Index.ByDomain,
        Url: Urls.Domain,
        Facet: SearchFacets.Domain,
        Feed: null));
}
