using Samenleven.Site;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site;

/// <summary>The map of Flanders on /gemeenten/: shading, links, accessibility and the path rounding that keeps it small.</summary>
public sealed class MunicipalityMapTests
{
    // Five squares in a row, one per municipality of the test site's defaults (by NIS code).
    private const string Map = """
        -- data/kaart-gemeenten.json --
        {"viewBox":"0 0 500 100","projection":{"px_per_m":0.01},"context":{"brussels":"M200.4 60.2l20 0 0 20-20 0z","provinceBorders":"M100 0l0 100"},
         "municipalities":[
          {"nis":"12014","name":"Heist-op-den-Berg","d":"M0 0l100 0 0 100-100 0z"},
          {"nis":"24062","name":"Leuven","d":"M100 0l100 0 0 100-100 0z"},
          {"nis":"34022","name":"Kortrijk","d":"M200 0l100 0 0 100-100 0z"},
          {"nis":"44021","name":"Gent","d":"M300 0l100 0 0 100-100 0z"},
          {"nis":"46030","name":"Beveren-Kruibeke-Zwijndrecht","d":"M400.2 0l99.6 0 0 100-99.6 0z"}]}
        """;

    private const string Content = """
        -- input/praktijken/taalcafe.md --
        ---
        title: Taalcafé
        summary: Nederlands oefenen.
        gemeenten: [kortrijk]
        themas: [taal-en-communicatie]
        toegevoegd: 2026-10-01
        ---
        Tekst.
        -- input/praktijken/buddys.md --
        ---
        title: Buddy's
        summary: Een buddy voor elke nieuwkomer.
        gemeenten: [kortrijk, leuven]
        themas: [onthaal-nieuwkomers]
        toegevoegd: 2026-10-02
        ---
        Tekst.
        -- input/gemeenten/gent/integratiedienst.md --
        ---
        title: Integratiedienst
        ---
        Tekst.
        """;

    [Fact]
    public async Task Every_municipality_is_its_own_link_named_by_a_title_with_its_counts_in_A_to_Z_order()
    {
        using var site = TestSite.Create(Map + "\n" + Content);

        var run = await site.BuildAsync();

        Assert.Equal(0, run.ExitCode);
        site.AssertPage("gemeenten/index.html",
            "<svg class=\"kaart__svg\" viewBox=\"0 0 500 100\" width=\"500\" height=\"100\" role=\"group\" aria-label=\"Kaart van Vlaanderen met 5 gemeenten,",
            "<a href=\"/gemeenten/kortrijk/\"><title>Kortrijk: 2 praktijken</title><path class=\"m2\" d=\"M200 0l100 0 0 100-100 0z\"",
            "<a href=\"/gemeenten/leuven/\"><title>Leuven: 1 praktijk</title><path class=\"m1\"",
            "<a href=\"/gemeenten/gent/\"><title>Gent: geen praktijken, 1 dienst</title><path class=\"m0\"",
            "<a href=\"/gemeenten/heist-op-den-berg/\"><title>Heist-op-den-Berg: geen praktijken</title><path class=\"m0\" d=\"M0 0l100 0 0 100-100 0z\"",
            "<a href=\"/gemeenten/beveren-kruibeke-zwijndrecht/\"><title>Beveren-Kruibeke-Zwijndrecht: geen praktijken</title><path class=\"m0\" d=\"M400 0l100 0 0 100-100 0z\"");
        var svg = Svg(site.Page("gemeenten/index.html"));
        Assert.Equal(
            ["beveren-kruibeke-zwijndrecht", "gent", "heist-op-den-berg", "kortrijk", "leuven"],
            svg.Split("<a href=\"/gemeenten/").Skip(1).Select(a => a[..a.IndexOf('/', StringComparison.Ordinal)]));
        Assert.DoesNotContain("tabindex", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_legend_has_only_shades_with_members_computed_from_the_data_and_credits_the_source()
    {
        using var site = TestSite.Create(Map + "\n" + Content);

        await site.BuildAsync();

        site.AssertPage("gemeenten/index.html",
            "Geen praktijken <span class=\"count\">(3 gemeenten)</span>",
            "1 praktijk <span class=\"count\">(1 gemeente)</span>",
            "2 praktijken <span class=\"count\">(1 gemeente)</span>",
            "Kaartgegevens: Statbel (statistische sectoren 01/01/2025), bewerking provincies.incijfers.be",
            "<a href=\"#lijst\">",
            "id=\"lijst\"");
        Assert.DoesNotContain("(0 gemeenten)", site.Page("gemeenten/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_without_map_data_shows_only_the_list()
    {
        using var site = TestSite.Create(Content);

        await site.BuildAsync();

        var page = site.Page("gemeenten/index.html");
        Assert.DoesNotContain("<svg class=\"kaart__svg\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/gemeenten/kortrijk/\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shape_for_an_unknown_municipality_fails_the_build_with_its_place()
    {
        using var site = TestSite.Create("""
            -- data/kaart-gemeenten.json --
            {"viewBox":"0 0 10 10","context":{"brussels":"M0 0l1 1z","provinceBorders":"M0 0l1 1"},
             "municipalities":[{"nis":"99999","name":"Nergenshuizen","d":"M0 0l1 0 0 1z"}]}
            """);

        var run = await site.BuildAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("data/kaart-gemeenten.json:1:1: error SID0019: the map has a shape for NIS code 99999 (Nergenshuizen)", run.Errors, StringComparison.Ordinal);
    }

    private static string Svg(string page)
    {
        var start = page.IndexOf("<svg class=\"kaart__svg\"", StringComparison.Ordinal);
        return page[start..(page.IndexOf("</svg>", start, StringComparison.Ordinal) + 6)];
    }

    [Theory]
    [InlineData(new[] { 0, 0, 1, 2 }, new[] { 1, 2 }, new[] { "Geen praktijken", "1 praktijk", "2 praktijken" })]
    [InlineData(new[] { 0, 1, 1, 1, 1, 2, 5 }, new[] { 1, 2 }, new[] { "Geen praktijken", "1 praktijk", "2 tot 5 praktijken" })]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 }, new[] { 1, 5, 9 }, new[] { "Geen praktijken", "1 tot 4 praktijken", "5 tot 8 praktijken", "9 tot 12 praktijken" })]
    [InlineData(new[] { 6, 7, 10 }, new[] { 6, 7, 10 }, new[] { "Geen praktijken", "6 praktijken", "7 tot 9 praktijken", "10 praktijken" })]
    [InlineData(new[] { 3, 3, 3 }, new[] { 3 }, new[] { "Geen praktijken", "3 praktijken" })]
    [InlineData(new[] { 0, 0 }, new int[0], new[] { "Geen praktijken" })]
    public void Shade_classes_are_quantiles_of_the_municipalities_with_practices_and_none_is_empty(int[] practices, int[] lowerBounds, string[] labels)
    {
        var shading = MapShading.From(practices);

        Assert.Equal(lowerBounds, shading.LowerBounds);
        Assert.Equal(labels, Enumerable.Range(0, lowerBounds.Length + 1).Select(shading.Label));
        foreach (var shade in Enumerable.Range(1, lowerBounds.Length))
        {
            Assert.Contains(practices, count => shading.ClassOf(count) == shade);
        }
    }

    [Fact]
    public void No_practices_is_a_class_of_its_own()
    {
        var shading = MapShading.From([0, 1, 1, 1]);

        Assert.Equal(0, shading.ClassOf(0));
        Assert.Equal(1, shading.ClassOf(1));
        Assert.Equal("Geen praktijken", shading.Label(0));
    }

    [Fact]
    public async Task An_outline_that_is_not_path_data_or_a_map_without_scale_fails_the_build_with_what_is_wrong()
    {
        using var site = TestSite.Create("""
            -- data/kaart-gemeenten.json --
            {"viewBox":"0 0 10 10","context":{"brussels":"M0 0l1 1z","provinceBorders":"M0 0l1 1"},
             "municipalities":[{"nis":"24062","name":"Leuven","d":"M0 0c1 1 2 2 3 3z"}]}
            """);

        var run = await site.BuildAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("data/kaart-gemeenten.json:1:1: error SID0019: the outline of Leuven (NIS 24062) is not readable SVG path data: unsupported path command 'c'", run.Errors, StringComparison.Ordinal);
        Assert.Contains("data/kaart-gemeenten.json:1:1: error SID0019: the map needs 'projection.px_per_m'", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Rounding_makes_points_absolute_first_and_drops_steps_that_become_empty()
    {
        // Points (797.1 300.5) (798.8 294.4) (803.1 288.9) (798.9 287.8) (799.3 284.5) (799.3 284.6): halves round up,
        // and the last step rounds to the same point as the one before it.
        var rounded = SvgPath.RoundToWholeUnits("M797.1 300.5l1.7-6.1 4.3-5.5-4.2-1.1 .4-3.3 0 .1z");

        Assert.Equal("M797 301l2-7 4-5-4-1 0-3z", rounded);
    }

    [Fact]
    public void A_border_shared_by_two_municipalities_rounds_to_the_same_point_in_both()
    {
        // The point (0.5 3) is reached directly in one shape and as 0.7 - 0.2 in the other; in binary floating point
        // that difference is 0.49999999999999994 and would round the other way, leaving a sliver between neighbours.
        var direct = SvgPath.RoundToWholeUnits("M0.5 3l1 0z");
        var summed = SvgPath.RoundToWholeUnits("M0.7 0l-.2 3z");

        Assert.Equal("M1 3l1 0z", direct);
        Assert.Equal("M1 0l0 3z", summed);
    }

    [Fact]
    public void Several_rings_and_open_lines_keep_their_own_starting_points()
    {
        var rounded = SvgPath.RoundToWholeUnits("M0 0l10.4 0 0 10z M20.6 20l5 5M30 30l-1.2-1.2");

        Assert.Equal("M0 0l10 0 0 10zM21 20l5 5M30 30l-1-1", rounded);
    }
}
