using Samenleven.Site.Pages;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site.Pages;

public sealed class HomePlannerTests
{
    [Fact]
    public void The_home_page_counts_practices_and_municipalities_merged_ones_included_and_shows_the_six_newest()
    {
        using var site = TestSite.Create(Practices.Many(8, "gent") + PlannerTestSites.TwoPracticesAndAService);

        var home = (HomeModel)Assert.Single(new HomePlanner().Plan(site.Context())).Model();

        Assert.Equal("/", home.Shell.Path);
        Assert.Equal(10, home.PracticeCount);
        Assert.Equal("praktijken", home.PracticeWord);
        Assert.Equal(3, home.MunicipalityCount);
        Assert.Equal(HomePlanner.NewestCount, home.Newest.Length);
        Assert.Equal("Buurtpraat", home.Newest[0].Title);
        Assert.Equal(["Taal en communicatie", "Onthaal van nieuwkomers", "Werk"], home.Themes.Select(t => t.Text));
        Assert.Equal([2, 1, 8], home.Themes.Select(t => t.Count));
    }

    [Fact]
    public void One_practice_in_one_municipality_is_counted_in_the_singular()
    {
        using var site = TestSite.Create(Practices.Many(1));

        var home = (HomeModel)Assert.Single(new HomePlanner().Plan(site.Context())).Model();

        Assert.Equal("praktijk", home.PracticeWord);
        Assert.Equal("gemeente", home.MunicipalityWord);
    }
}
