using Samenleven.Site.Pages;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site.Pages;

/// <summary>The municipality index, the municipality pages and the province pages.</summary>
public sealed class MunicipalityPlannerTests
{
    [Fact]
    public void The_index_lists_every_municipality_per_province_and_links_those_with_content()
    {
        using var site = TestSite.Create(PlannerTestSites.TwoPracticesAndAService);

        var index = (MunicipalityIndexModel)Assert.Single(new MunicipalityIndexPlanner().Plan(site.Context())).Model();

        Assert.Equal("Alle 5 Vlaamse steden en gemeenten sinds de fusies van 1 januari 2025. 2 gemeenten hebben al praktijken of diensten in deze databank.", index.Lead);
        var kortrijk = index.Provinces.SelectMany(p => p.Municipalities).Single(m => m.Name == "Kortrijk");
        Assert.Equal("/gemeenten/kortrijk/", kortrijk.Href);
        Assert.Equal("2 praktijken, 1 dienst", kortrijk.CountsText);
        Assert.Null(index.Provinces.SelectMany(p => p.Municipalities).Single(m => m.Name == "Gent").Href);
        Assert.Equal("provincie-oost-vlaanderen", index.Provinces.Single(p => p.Name == "Oost-Vlaanderen").Anchor);
        Assert.Null(index.Map);
    }

    [Fact]
    public void A_municipality_with_content_has_a_page_with_its_services_practices_and_mergers()
    {
        using var site = TestSite.Create(PlannerTestSites.TwoPracticesAndAService);

        var pages = new MunicipalityPlanner().Plan(site.Context()).Select(p => (MunicipalityModel)p.Model()).ToArray();

        Assert.Equal(["/gemeenten/kortrijk/", "/gemeenten/beveren-kruibeke-zwijndrecht/"], pages.Select(p => p.Shell.Path).Order(StringComparer.Ordinal).Reverse());
        var kortrijk = pages.Single(p => p.Name == "Kortrijk");
        Assert.Equal(["Dienst Diversiteit"], kortrijk.Services.Select(s => s.Title));
        Assert.Equal(2, kortrijk.Practices.Length);
        Assert.Equal("/gemeenten/kortrijk/feed.xml", kortrijk.FeedHref);
        Assert.Null(kortrijk.MergerText);
        var merged = pages.Single(p => p.Name == "Beveren-Kruibeke-Zwijndrecht");
        Assert.Equal("Sinds 1 januari 2025 horen ook Kruibeke bij Beveren-Kruibeke-Zwijndrecht.", merged.MergerText);
    }

    [Fact]
    public void A_municipality_with_only_a_service_page_has_no_feed()
    {
        using var site = TestSite.Create("""
            -- input/gemeenten/gent/dienst.md --
            ---
            title: Dienst
            ---
            Tekst.
            """);

        var gent = (MunicipalityModel)Assert.Single(new MunicipalityPlanner().Plan(site.Context())).Model();

        Assert.Null(gent.FeedHref);
        Assert.Empty(gent.Shell.Alternates);
        Assert.Equal("Er zijn nog geen praktijken uit Gent.", gent.NoPracticesText);
    }

    [Fact]
    public void A_province_page_counts_its_municipalities_and_practices()
    {
        using var site = TestSite.Create(PlannerTestSites.TwoPracticesAndAService);

        var provinces = new ProvincePlanner().Plan(site.Context()).Select(p => (ProvinceModel)p.Model()).ToArray();

        var west = provinces.Single(p => p.Shell.Path == "/provincies/west-vlaanderen/");
        Assert.Equal("1 gemeente, 2 praktijken.", west.Lead);
        Assert.Equal("Provincie West-Vlaanderen", west.Heading);
        Assert.Equal("2 gemeenten, 1 praktijk.", provinces.Single(p => p.Shell.Path == "/provincies/oost-vlaanderen/").Lead);
    }
}
