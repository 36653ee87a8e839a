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
}
