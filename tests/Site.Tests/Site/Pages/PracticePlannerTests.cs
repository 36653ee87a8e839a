using Samenleven.Site.Pages;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site.Pages;

public sealed class PracticePlannerTests
{
    [Fact]
    public void A_practice_page_links_its_facts_and_makes_its_contact_reachable()
    {
        using var site = TestSite.Create(PlannerTestSites.TwoPracticesAndAService);

        var page = new PracticePlanner().Plan(site.Context()).Single(p => p.Path == "/praktijken/de-babbelberg/");
        var model = (PracticeModel)page.Model();

        Assert.Equal(PageKind.Practice, page.Kind);
        Assert.Equal("input/praktijken/de-babbelberg.md", page.Source);
        Assert.Equal("Gemeente", model.MunicipalitiesLabel);
        Assert.Equal([("Kortrijk", "/gemeenten/kortrijk/")], model.Municipalities.Select(m => (m.Text, m.Href)));
        Assert.Equal(["Nieuwkomers"], model.TargetGroups.Select(t => t.Text));
        Assert.Equal("2018", model.Year);
        Assert.Equal("Lopend", model.Status);
        Assert.Equal("mailto:diversiteit@example.org", model.Contact?.EmailHref);
        Assert.Equal("tel:+3256000000", model.Contact?.PhoneHref);
        Assert.Equal("## Wat?\n\nWekelijks praten in kleine groepen.\n", model.Body?.Text);
        Assert.Equal(["Buurtpraat"], model.Related.Select(r => r.Title));
        Assert.Equal("https://github.com/voorbeeld/site/edit/main/input/praktijken/de-babbelberg.md", model.Shell.EditUrl);
    }

    [Fact]
    public void A_former_municipality_is_named_with_the_one_it_merged_into()
    {
        using var site = TestSite.Create(PlannerTestSites.TwoPracticesAndAService);

        var model = (PracticeModel)new PracticePlanner().Plan(site.Context()).Single(p => p.Path == "/praktijken/buurtpraat/").Model();

        Assert.Equal("Gemeenten", model.MunicipalitiesLabel);
        Assert.Equal(["Kortrijk", "Kruibeke (nu Beveren-Kruibeke-Zwijndrecht)"], model.Municipalities.Select(m => m.Text));
        Assert.Null(model.Contact);
        Assert.Null(model.Year);
    }

    [Fact]
    public void Under_a_sub_path_every_link_of_the_page_starts_with_it()
    {
        using var site = TestSite.Create(PlannerTestSites.TwoPracticesAndAService);

        var model = (PracticeModel)new PracticePlanner().Plan(site.Context("https://example.org/sub/")).Single(p => p.Path == "/praktijken/buurtpraat/").Model();

        Assert.Equal("https://example.org/sub/praktijken/buurtpraat/", model.Shell.CanonicalUrl);
        Assert.All(model.Municipalities.Concat(model.Themes), link => Assert.StartsWith("/sub/", link.Href, StringComparison.Ordinal));
        Assert.Equal("/sub/praktijken/", model.Shell.CurrentSectionHref);
    }
}
