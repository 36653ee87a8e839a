using Samenleven.Site.Pages;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site.Pages;

/// <summary>The theme and target-group planners: an index with counts, then a paged list per term.</summary>
public sealed class TaxonomyPlannerTests
{
    [Fact]
    public void Themes_have_an_index_with_counts_and_a_page_with_a_feed_per_theme_even_when_empty()
    {
        using var site = TestSite.Create(PlannerTestSites.TwoPracticesAndAService);

        var pages = new ThemePlanner().Plan(site.Context()).Select(p => p.Model()).ToArray();

        var index = Assert.IsType<TermIndexModel>(pages[0]);
        Assert.Equal("/themas/", index.Shell.Path);
        Assert.Equal(["2 praktijken", "1 praktijk", "0 praktijken"], index.Terms.Select(t => t.CountText));
        var werk = pages.OfType<PracticeListModel>().Single(p => p.Shell.Path == "/themas/werk/");
        Assert.Empty(werk.Practices);
        Assert.Equal("/themas/werk/feed.xml", werk.FeedHref);
        Assert.Equal("/zoeken/?thema=werk", werk.SearchHref);
        Assert.Equal(["Home", "Thema's", "Werk"], werk.Shell.Breadcrumbs.Select(c => c.Text));
        Assert.Equal("Nieuwe praktijken: Werk", Assert.Single(werk.Shell.Alternates).Title);
    }

    [Fact]
    public void Target_groups_have_no_feeds()
    {
        using var site = TestSite.Create(PlannerTestSites.TwoPracticesAndAService);

        var lists = new TargetGroupPlanner().Plan(site.Context()).Select(p => p.Model()).OfType<PracticeListModel>().ToArray();

        Assert.Equal(["/doelgroepen/nieuwkomers/", "/doelgroepen/jongeren/"], lists.Select(l => l.Shell.Path));
        Assert.All(lists, l => Assert.Null(l.FeedHref));
        Assert.All(lists, l => Assert.Empty(l.Shell.Alternates));
        Assert.Equal(["De Babbelberg"], lists[0].Practices.Select(p => p.Title));
    }

    [Fact]
    public void Domains_have_an_index_and_a_list_per_domain_that_filters_the_search()
    {
        using var site = TestSite.Create(FullRecordSite.Files);

        var pages = new DomainPlanner().Plan(site.Context()).Select(p => p.Model()).ToArray();

        var index = Assert.IsType<TermIndexModel>(pages[0]);
        Assert.Equal("/domeinen/", index.Shell.Path);
        Assert.Equal(["Beleid", "Dienstverlening", "Interne organisatie"], index.Terms.Select(t => t.Text));
        Assert.Equal(["1 praktijk", "1 praktijk", "0 praktijken"], index.Terms.Select(t => t.CountText));
        var beleid = pages.OfType<PracticeListModel>().Single(p => p.Shell.Path == "/domeinen/beleid/");
        Assert.Equal(["Samen aan tafel"], beleid.Practices.Select(p => p.Title));
        Assert.Equal("/zoeken/?domein=beleid", beleid.SearchHref);
    }

    [Fact]
    public void Plan_goals_have_an_index_that_names_its_source_and_a_list_per_goal_also_when_only_an_action_is_named()
    {
        using var site = TestSite.Create(FullRecordSite.Files.Replace("plan_samenleven: [actie-5, een-gemeenschap]", "plan_samenleven: [actie-5]", StringComparison.Ordinal));

        var pages = new PlanGoalPlanner().Plan(site.Context()).Select(p => p.Model()).ToArray();

        var index = Assert.IsType<TermIndexModel>(pages[0]);
        Assert.Equal("/plan-samenleven/", index.Shell.Path);
        Assert.Equal("https://www.vlaanderen.be/plan-samenleven/doelstellingen-en-acties", index.Source?.Href);
        var dutch = pages.OfType<PracticeListModel>().Single(p => p.Shell.Path == "/plan-samenleven/nederlands/");
        Assert.Equal(["Samen aan tafel"], dutch.Practices.Select(p => p.Title)); // Named through its action 5.
        Assert.Empty(pages.OfType<PracticeListModel>().Single(p => p.Shell.Path == "/plan-samenleven/een-gemeenschap/").Practices);
        Assert.Equal("/zoeken/?plan=nederlands", dutch.SearchHref);
    }
}
