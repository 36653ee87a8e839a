using Samenleven.Content;
using Samenleven.Site;
using Samenleven.Site.Pages;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site.Pages;

/// <summary>The plain pages, the search page, the not-found page, and the planner that runs them all.</summary>
public sealed class SitePagesPlannerTests
{
    [Fact]
    public void A_plain_page_carries_its_body_for_the_renderer_and_an_edit_link()
    {
        using var site = TestSite.Create("");

        var over = (PlainPageModel)new PlainPagePlanner().Plan(site.Context()).Single(p => p.Path == "/over/").Model();

        Assert.Equal("Over deze databank", over.Title);
        Assert.Equal("input/over.md", over.BodySource);
        Assert.StartsWith("## Open data", over.Body?.Text, StringComparison.Ordinal);
        Assert.Equal("/over/", over.Shell.CurrentSectionHref);
    }

    [Fact]
    public void The_search_page_offers_only_values_some_page_has_and_states_the_facet_preview()
    {
        using var site = TestSite.Create(PlannerTestSites.TwoPracticesAndAService);

        var search = (SearchModel)Assert.Single(new SearchPlanner().Plan(site.Context())).Model();

        Assert.Equal(SearchFacets.PreviewCount, search.FacetPreview);
        var facets = search.Facets.ToDictionary(f => f.Name, f => f.Values.Select(v => v.Key).ToArray(), StringComparer.Ordinal);
        Assert.Equal(["taal-en-communicatie", "onthaal-nieuwkomers"], facets["thema"]);
        Assert.Equal(["beveren-kruibeke-zwijndrecht", "kortrijk"], facets["gemeente"]);
        Assert.Equal(["lopend"], facets["status"]);
        Assert.Equal(["praktijk", "dienst"], facets["soort"]);
        Assert.Equal("/pagefind/", search.IndexHref);
    }

    [Fact]
    public void The_not_found_page_is_kept_out_of_search_engines()
    {
        using var site = TestSite.Create("");

        var page = Assert.Single(new NotFoundPlanner().Plan(site.Context()));

        Assert.Equal("/404.html", page.Path);
        Assert.False(page.Indexable);
    }

    [Fact]
    public void A_content_file_that_takes_a_generated_address_is_reported_and_left_out()
    {
        using var site = TestSite.Create("""
            -- input/zoeken.md --
            ---
            title: Zoeken
            ---
            Tekst.
            """);
        var diagnostics = new DiagnosticBag();

        var plan = SitePlanner.Plan(site.Context(), diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("input/zoeken.md", DiagnosticCode.AddressTaken), (error.Path, error.Code));
        Assert.Equal(PageKind.Search, Assert.Single(plan.Pages, p => p.Path == "/zoeken/").Kind);
    }

    [Fact]
    public void Every_kind_of_page_has_a_planner_and_the_planners_run_in_a_fixed_order()
    {
        using var site = TestSite.Create(PlannerTestSites.TwoPracticesAndAService);

        var plan = SitePlanner.Plan(site.Context(), new DiagnosticBag());

        Assert.Equal(Enum.GetValues<PageKind>().Order(), plan.Pages.Select(p => p.Kind).Distinct().Order());
        Assert.Equal("/", plan.Pages[0].Path);
    }
}
