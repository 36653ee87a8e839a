using System.Text.RegularExpressions;
using Samenleven.Site.Pages;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site.Pages;

/// <summary>The municipality index, a page for every municipality (with content or not yet), and the province pages.</summary>
public sealed partial class MunicipalityPlannerTests
{
    // Five squares in a row, 100 units wide, 10 units a kilometre: from west to east Heist-op-den-Berg, Leuven, Kortrijk,
    // Gent and Beveren-Kruibeke-Zwijndrecht, each 10 km from the next (the test site's municipalities, by NIS code).
    private const string RowOfSquares = """
        -- data/kaart-gemeenten.json --
        {"viewBox":"0 0 500 100","projection":{"px_per_m":0.01},"context":{"brussels":"M200 60l20 0 0 20-20 0z","provinceBorders":"M100 0l0 100"},
         "municipalities":[
          {"nis":"12014","name":"Heist-op-den-Berg","d":"M0 0l100 0 0 100-100 0z"},
          {"nis":"24062","name":"Leuven","d":"M100 0l100 0 0 100-100 0z"},
          {"nis":"34022","name":"Kortrijk","d":"M200 0l100 0 0 100-100 0z"},
          {"nis":"44021","name":"Gent","d":"M300 0l100 0 0 100-100 0z"},
          {"nis":"46030","name":"Beveren-Kruibeke-Zwijndrecht","d":"M400 0l100 0 0 100-100 0z"}]}

        """;

    // Practices in Kortrijk, in Kortrijk and Leuven, and in Gent; a service page in Kortrijk.
    private const string ThreeMunicipalitiesWithPractices = RowOfSquares + """
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
        -- input/praktijken/fietsles.md --
        ---
        title: Fietsles
        summary: Leren fietsen in de stad.
        gemeenten: [gent]
        themas: [werk]
        toegevoegd: 2026-09-01
        ---
        Tekst.
        -- input/gemeenten/kortrijk/dienst.md --
        ---
        title: Dienst Diversiteit
        ---
        Tekst.
        """;

    [Fact]
    public void The_index_links_every_municipality_with_its_counts_and_lists_former_ones_under_their_old_names()
    {
        using var site = TestSite.Create(PlannerTestSites.TwoPracticesAndAService);

        var index = (MunicipalityIndexModel)Assert.Single(new MunicipalityIndexPlanner().Plan(site.Context())).Model();

        Assert.Equal("Alle 5 Vlaamse steden en gemeenten sinds de fusies van 1 januari 2025. 2 gemeenten hebben al praktijken of diensten in deze databank.", index.Lead);
        var entries = index.Provinces.SelectMany(p => p.Municipalities).ToArray();
        var kortrijk = entries.Single(m => m.Name == "Kortrijk");
        Assert.Equal("/gemeenten/kortrijk/", kortrijk.Href);
        Assert.Equal("2 praktijken, 1 dienst", kortrijk.CountsText);
        var gent = entries.Single(m => m.Name == "Gent");
        Assert.Equal("/gemeenten/gent/", gent.Href);
        Assert.Equal("geen praktijken", gent.CountsText);
        var oostVlaanderen = index.Provinces.Single(p => p.Name == "Oost-Vlaanderen");
        Assert.Equal("provincie-oost-vlaanderen", oostVlaanderen.Anchor);
        Assert.Equal(["Beveren-Kruibeke-Zwijndrecht", "Gent", "Kruibeke (nu Beveren-Kruibeke-Zwijndrecht)"], oostVlaanderen.Municipalities.Select(m => m.Name));
        var kruibeke = oostVlaanderen.Municipalities[2];
        Assert.Equal("/gemeenten/beveren-kruibeke-zwijndrecht/", kruibeke.Href);
        Assert.Equal("", kruibeke.CountsText);
        Assert.Null(index.Map);
    }

    [Fact]
    public void Every_municipality_has_a_page_and_those_without_practices_or_services_are_kept_out_of_search_engines()
    {
        using var site = TestSite.Create(PlannerTestSites.TwoPracticesAndAService);

        var pages = new MunicipalityPlanner().Plan(site.Context()).ToArray();

        Assert.Equal(
            ["/gemeenten/beveren-kruibeke-zwijndrecht/", "/gemeenten/gent/", "/gemeenten/heist-op-den-berg/", "/gemeenten/kortrijk/", "/gemeenten/leuven/"],
            pages.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.Equal(["/gemeenten/beveren-kruibeke-zwijndrecht/", "/gemeenten/kortrijk/"], pages.Where(p => p.Indexable).Select(p => p.Path).Order(StringComparer.Ordinal));
        var kortrijk = pages.Select(p => (MunicipalityModel)p.Model()).Single(p => p.Name == "Kortrijk");
        Assert.Equal(["Dienst Diversiteit"], kortrijk.Services.Select(s => s.Title));
        Assert.Equal(2, kortrijk.Practices.Length);
        Assert.Equal("/gemeenten/kortrijk/feed.xml", kortrijk.FeedHref);
        Assert.Null(kortrijk.Empty);
        Assert.Null(kortrijk.MergerText);
        var leuven = pages.Select(p => (MunicipalityModel)p.Model()).Single(p => p.Name == "Leuven");
        Assert.NotNull(leuven.Empty);
        Assert.Equal("Leuven heeft nog geen praktijken in deze databank: wat buurgemeenten doen, en hoe je de eerste praktijk uit Leuven toevoegt.", leuven.Shell.Description);
        Assert.Null(leuven.FeedHref);
        Assert.Empty(leuven.Shell.Alternates);
    }

    [Fact]
    public void Every_page_links_to_the_contribution_page_with_its_municipality_filled_in()
    {
        using var site = TestSite.Create(PlannerTestSites.TwoPracticesAndAService);

        var pages = new MunicipalityPlanner().Plan(site.Context()).Select(p => (MunicipalityModel)p.Model()).ToArray();

        var leuven = pages.Single(p => p.Name == "Leuven");
        Assert.Equal("/bijdragen/?gemeente=leuven", leuven.Contribute.Href);
        Assert.Equal("Voeg een praktijk of dienst uit Leuven toe", leuven.Contribute.Text);
        Assert.Equal("/bijdragen/?gemeente=kortrijk", pages.Single(p => p.Name == "Kortrijk").Contribute.Href);
    }

    [Fact]
    public void An_empty_page_shows_the_practices_of_the_nearest_municipalities_nearest_first_each_practice_once()
    {
        using var site = TestSite.Create(ThreeMunicipalitiesWithPractices);

        var pages = new MunicipalityPlanner().Plan(site.Context()).Select(p => (MunicipalityModel)p.Model()).ToArray();

        // Heist-op-den-Berg lies at the western end: Leuven 10 km, Kortrijk 20 km, Gent 30 km. Buddy's belongs to Leuven
        // and Kortrijk and is shown once, with the nearer one.
        var heist = pages.Single(p => p.Name == "Heist-op-den-Berg").Empty;
        Assert.NotNull(heist);
        Assert.Equal(["Leuven", "Kortrijk", "Gent"], heist.Nearby.Select(n => n.Municipality.Text));
        Assert.Equal(["op 10 km, 1 praktijk", "op 20 km, 2 praktijken", "op 30 km, 1 praktijk"], heist.Nearby.Select(n => n.Meta));
        Assert.Equal([["Buddy's"], ["Taalcafé"], ["Fietsles"]], heist.Nearby.Select(n => n.Practices.Select(p => p.Text).ToArray()));
        Assert.Equal("/praktijken/taalcafe/", heist.Nearby[1].Practices[0].Href);
        Assert.Equal("In de provincie Antwerpen", heist.ProvinceHeading);
        Assert.Empty(heist.ProvincePractices);
        Assert.Equal("Er zijn nog geen praktijken uit de provincie Antwerpen.", heist.ProvinceNote);
        Assert.Equal("/provincies/antwerpen/", heist.ProvinceLink.Href);
    }

    [Fact]
    public void An_empty_page_shows_the_provinces_practices_that_are_not_already_nearby()
    {
        using var site = TestSite.Create(ThreeMunicipalitiesWithPractices);

        var pages = new MunicipalityPlanner().Plan(site.Context()).Select(p => (MunicipalityModel)p.Model()).ToArray();

        // Beveren-Kruibeke-Zwijndrecht lies at the eastern end, in Oost-Vlaanderen with Gent, whose practice is nearest.
        var merged = pages.Single(p => p.Name == "Beveren-Kruibeke-Zwijndrecht").Empty;
        Assert.NotNull(merged);
        Assert.Equal(["Gent", "Kortrijk"], merged.Nearby.Select(n => n.Municipality.Text));
        Assert.Equal([["Fietsles"], ["Buddy's", "Taalcafé"]], merged.Nearby.Select(n => n.Practices.Select(p => p.Text).ToArray()));
        Assert.Empty(merged.ProvincePractices);
        Assert.Equal("De praktijken uit de provincie Oost-Vlaanderen staan hierboven.", merged.ProvinceNote);
    }

    [Fact]
    public void Without_map_data_an_empty_page_still_shows_its_provinces_practices()
    {
        using var site = TestSite.Create(ThreeMunicipalitiesWithPractices.Replace(RowOfSquares, "", StringComparison.Ordinal));

        var pages = new MunicipalityPlanner().Plan(site.Context()).Select(p => (MunicipalityModel)p.Model()).ToArray();

        var merged = pages.Single(p => p.Name == "Beveren-Kruibeke-Zwijndrecht").Empty;
        Assert.NotNull(merged);
        Assert.Empty(merged.Nearby);
        Assert.Equal(["Fietsles"], merged.ProvincePractices.Select(c => c.Title));
        Assert.Null(merged.ProvinceNote);
    }

    [Fact]
    public void A_merged_municipality_names_the_municipalities_it_was_made_of()
    {
        using var site = TestSite.Create(RealData.MunicipalitiesAndMap);

        var pages = new MunicipalityPlanner().Plan(site.Context()).Select(p => (MunicipalityModel)p.Model()).ToDictionary(p => p.Name, StringComparer.Ordinal);

        Assert.Equal("Ontstaan op 1 januari 2025 uit de fusie van Beveren, Kruibeke en Zwijndrecht.", pages["Beveren-Kruibeke-Zwijndrecht"].MergerText);
        Assert.Equal("Ontstaan op 1 januari 2025 uit de fusie van Hasselt en Kortessem.", pages["Hasselt"].MergerText);

        // Antwerpen kept its NIS code when Borsbeek joined it, so the data lists only Borsbeek as a former municipality.
        Assert.Equal("Ontstaan op 1 januari 2025 uit de fusie van Antwerpen en Borsbeek.", pages["Antwerpen"].MergerText);
        Assert.Null(pages["Kortrijk"].MergerText);
        Assert.Equal(13, pages.Values.Count(p => p.MergerText is not null));
    }

    [Fact]
    public void A_province_page_lists_all_its_municipalities_with_the_number_of_practices_of_each()
    {
        using var site = TestSite.Create(PlannerTestSites.TwoPracticesAndAService);

        var provinces = new ProvincePlanner().Plan(site.Context()).Select(p => (ProvinceModel)p.Model()).ToArray();

        var west = provinces.Single(p => p.Shell.Path == "/provincies/west-vlaanderen/");
        Assert.Equal("1 gemeente, 2 praktijken.", west.Lead);
        Assert.Equal("Provincie West-Vlaanderen", west.Heading);
        var east = provinces.Single(p => p.Shell.Path == "/provincies/oost-vlaanderen/");
        Assert.Equal("2 gemeenten, 1 praktijk.", east.Lead);
        Assert.Equal(
            [("Beveren-Kruibeke-Zwijndrecht", "/gemeenten/beveren-kruibeke-zwijndrecht/", "1 praktijk"), ("Gent", "/gemeenten/gent/", "geen praktijken")],
            east.Municipalities.Select(m => (m.Name, m.Href, m.CountsText)));
    }

    // ---- Whole site ----

    [Fact]
    public async Task All_285_municipalities_have_a_page_and_only_those_with_content_are_in_the_sitemap()
    {
        using var site = TestSite.Create(RealData.MunicipalitiesAndMap + """
            -- input/praktijken/taalcafe.md --
            ---
            title: Taalcafé
            summary: Nederlands oefenen.
            gemeenten: [kortrijk]
            themas: [taal-en-communicatie]
            toegevoegd: 2026-10-01
            ---
            Tekst.
            """);

        var run = await site.BuildAsync();

        Assert.Equal(0, run.ExitCode);
        var municipalities = RealData.Reference.Municipalities;
        Assert.Equal(285, municipalities.Length);
        foreach (var m in municipalities)
        {
            site.AssertPage($"gemeenten/{m.Slug}/index.html", $"<h1>{System.Net.WebUtility.HtmlEncode(m.Name)}</h1>");
        }

        var sitemap = site.Page("sitemap.xml");
        Assert.Contains("<loc>https://example.org/gemeenten/kortrijk/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Equal(["kortrijk"], SitemapMunicipality().Matches(sitemap).Select(m => m.Groups["slug"].Value));
        site.AssertPage("gemeenten/alken/index.html", "<meta name=\"robots\" content=\"noindex\">");
        Assert.DoesNotContain("name=\"robots\"", site.Page("gemeenten/kortrijk/index.html"), StringComparison.Ordinal);
        site.AssertPage("provincies/limburg/index.html", "<a href=\"/gemeenten/alken/\">Alken</a> <span class=\"count\">geen praktijken</span>");
    }

    [Fact]
    public async Task An_empty_page_has_a_friendly_notice_the_call_to_add_the_first_practice_and_the_nearest_practices_in_order()
    {
        using var site = TestSite.Create(ThreeMunicipalitiesWithPractices);

        await site.BuildAsync();

        var page = site.Page("gemeenten/heist-op-den-berg/index.html");
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", page, StringComparison.Ordinal);
        Assert.Contains("Er staan nog geen praktijken of diensten uit Heist-op-den-Berg in deze databank.", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"button\" href=\"/bijdragen/?gemeente=heist-op-den-berg\">Voeg een praktijk of dienst uit Heist-op-den-Berg toe</a>", page, StringComparison.Ordinal);
        var nearby = page[page.IndexOf("<h2 id=\"buurt-kop\">", StringComparison.Ordinal)..page.IndexOf("<h2 id=\"provincie-kop\">", StringComparison.Ordinal)];
        Assert.Equal(["Leuven", "Kortrijk", "Gent"], NearbyHeading().Matches(nearby).Select(m => m.Groups["name"].Value));
        Assert.True(
            nearby.IndexOf("/praktijken/buddys/", StringComparison.Ordinal) < nearby.IndexOf("/praktijken/taalcafe/", StringComparison.Ordinal)
            && nearby.IndexOf("/praktijken/taalcafe/", StringComparison.Ordinal) < nearby.IndexOf("/praktijken/fietsles/", StringComparison.Ordinal),
            "the practices follow their municipalities, nearest first");
        Assert.Contains("op 10 km, 1 praktijk", nearby, StringComparison.Ordinal);
        Assert.DoesNotContain("<meta name=\"robots\"", site.Page("gemeenten/kortrijk/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("/gemeenten/heist-op-den-berg/", site.Page("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merged_municipalitys_page_lists_its_former_municipalities()
    {
        using var site = TestSite.Create(RealData.MunicipalitiesAndMap);

        await site.BuildAsync();

        site.AssertPage("gemeenten/beveren-kruibeke-zwijndrecht/index.html", "<span>Ontstaan op 1 januari 2025 uit de fusie van Beveren, Kruibeke en Zwijndrecht.</span>");
        site.AssertPage("gemeenten/pajottegem/index.html", "uit de fusie van Galmaarden, Gooik en Herne.");
    }

    [Fact]
    public async Task The_municipalitys_own_website_and_contact_from_the_data_are_shown_when_present()
    {
        using var site = TestSite.Create("""
            -- data/gemeenten.yml --
            gemeenten:
              - slug: leuven
                naam: Leuven
                nis: "24062"
                provincie: vlaams-brabant
                website: https://leuven.example/
                contact:
                  naam: Dienst Samenleven
                  email: samenleven@leuven.example
                  telefoon: 016 00 00 00
                  website: https://leuven.example/samenleven
              - slug: gent
                naam: Gent
                nis: "44021"
                provincie: oost-vlaanderen
            """);

        await site.BuildAsync();

        site.AssertPage("gemeenten/leuven/index.html",
            "Website van de gemeente: <a href=\"https://leuven.example/\">https://leuven.example/</a>",
            "<h2 id=\"contact-kop\">Contact voor diversiteit en integratie</h2>",
            "Dienst Samenleven<br>",
            "<a href=\"mailto:samenleven@leuven.example\">samenleven@leuven.example</a>",
            "<a href=\"tel:&#x2B;3216000000\">016 00 00 00</a>",
            "<a href=\"https://leuven.example/samenleven\">https://leuven.example/samenleven</a>");
        var gent = site.Page("gemeenten/gent/index.html");
        Assert.DoesNotContain("Website van de gemeente", gent, StringComparison.Ordinal);
        Assert.DoesNotContain("contact-kop", gent, StringComparison.Ordinal);
    }

    [GeneratedRegex("<loc>https://example\\.org/gemeenten/(?<slug>[a-z-]+)/</loc>", RegexOptions.CultureInvariant)]
    private static partial Regex SitemapMunicipality();

    [GeneratedRegex("<h3><a href=\"[^\"]+\">(?<name>[^<]+)</a>", RegexOptions.CultureInvariant)]
    private static partial Regex NearbyHeading();
}
