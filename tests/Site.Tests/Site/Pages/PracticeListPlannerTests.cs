using Samenleven.Site.Pages;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site.Pages;

public sealed class PracticeListPlannerTests
{
    [Fact]
    public void Forty_five_practices_make_three_pages_newest_first()
    {
        using var site = TestSite.Create(Practices.Many(45));

        var pages = new PracticeListPlanner().Plan(site.Context()).Select(p => (PracticeListModel)p.Model()).ToArray();

        Assert.Equal(["/praktijken/", "/praktijken/pagina/2/", "/praktijken/pagina/3/"], pages.Select(p => p.Shell.Path));
        Assert.Equal(["Alle praktijken (pagina 1 van 3)", "Alle praktijken (pagina 2 van 3)", "Alle praktijken (pagina 3 van 3)"], pages.Select(p => p.Heading));
        Assert.Equal([20, 20, 5], pages.Select(p => p.Practices.Length));
        Assert.Equal("Praktijk 45", pages[0].Practices[0].Title);
        Assert.Equal("Praktijk 1", pages[2].Practices[^1].Title);
        Assert.All(pages, p => Assert.Equal("45 praktijken", p.TotalText));
        Assert.Equal("Alle praktijken, pagina 2 | Testsite", pages[1].Shell.Title);
    }

    [Fact]
    public void The_pager_shows_the_first_the_last_and_two_either_side_with_gaps_marked()
    {
        using var site = TestSite.Create(Practices.Many(200));

        var tenth = (PracticeListModel)new PracticeListPlanner().Plan(site.Context()).Single(p => p.Path == "/praktijken/pagina/5/").Model();

        Assert.Equal([1, 3, 4, 5, 6, 7, 10], tenth.Pager.Pages.Select(p => p.Number));
        Assert.Equal([false, true, false, false, false, false, true], tenth.Pager.Pages.Select(p => p.GapBefore));
        Assert.Equal(5, Assert.Single(tenth.Pager.Pages, p => p.Current).Number);
        Assert.Equal("/praktijken/pagina/4/", tenth.Pager.PreviousHref);
        Assert.Equal("/praktijken/pagina/6/", tenth.Pager.NextHref);
    }

    [Fact]
    public void Without_practices_there_is_still_one_empty_page()
    {
        using var site = TestSite.Create("");

        var page = (PracticeListModel)Assert.Single(new PracticeListPlanner().Plan(site.Context())).Model();

        Assert.Empty(page.Practices);
        Assert.Equal("Alle praktijken", page.Heading);
        Assert.Null(page.Pager.NextHref);
    }
}
