using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site;

/// <summary>Whole-site tests: a small site stated inline, built through the CLI, and the pages it must produce.</summary>
public sealed class WholeSiteTests
{
    private const string TwoPracticesAndAService = """
        -- input/praktijken/de-babbelberg.md --
        ---
        title: De Babbelberg
        summary: Nieuwkomers oefenen Nederlands met vrijwilligers.
        gemeenten: [kortrijk]
        themas: [taal-en-communicatie, onthaal-nieuwkomers]
        doelgroepen: [nieuwkomers]
        periode:
          start: 2018
        status: lopend
        organisatie: Dienst Diversiteit
        contact:
          naam: Onthaalbalie
          email: diversiteit@example.org
          telefoon: 056 00 00 00
        links:
          - titel: Meer over de Babbelberg
            url: https://example.org/babbelberg
        toegevoegd: 2026-10-01
        ---
        ## Wat?

        Wekelijks praten in kleine groepen. Zie ook [de buurtpraat](/praktijken/buurtpraat/).
        -- input/praktijken/buurtpraat.md --
        ---
        title: Buurtpraat
        summary: Buren leren elkaar kennen in hun eigen taal en in het Nederlands.
        gemeenten: [kortrijk, kruibeke]
        themas: [taal-en-communicatie]
        toegevoegd: 2026-11-05
        ---
        Een gesprek per maand.
        -- input/gemeenten/kortrijk/dienst-diversiteit.md --
        ---
        title: Dienst Diversiteit
        summary: Het aanspreekpunt voor diversiteit in Kortrijk.
        adres:
          straat: Grote Markt 54
          postcode: "8500"
          plaats: Kortrijk
        telefoon: 056 27 00 00
        email: diversiteit@example.org
        openingsuren:
          - dagen: [ma, wo]
            uren: ["09:00-12:00", "13:30-16:00"]
          - dagen: [vr]
            uren: ["09:00-12:00"]
        opmerking: Gesloten in juli en augustus.
        themas: [onthaal-nieuwkomers]
        ---
        ## Taken

        - Onthaal
        """;

    [Fact]
    public async Task A_practice_page_shows_its_facts_linked_to_their_own_pages()
    {
        using var site = TestSite.Create(TwoPracticesAndAService);

        var run = await site.BuildAsync();

        Assert.Equal(0, run.ExitCode);
        site.AssertPage("praktijken/de-babbelberg/index.html",
            "<html lang=\"nl\"",
            "<h1",
            ">De Babbelberg</h1>",
            "Nieuwkomers oefenen Nederlands met vrijwilligers.",
            "<h2 id=\"wat\">Wat?</h2>",
            "<a href=\"/gemeenten/kortrijk/\">Kortrijk</a>",
            "<a href=\"/themas/taal-en-communicatie/\">Taal en communicatie</a>",
            "<a href=\"/doelgroepen/nieuwkomers/\">Nieuwkomers</a>",
            "2018",
            "Lopend",
            "mailto:diversiteit@example.org",
            "<a href=\"https://example.org/babbelberg\">Meer over de Babbelberg</a>",
            "<link rel=\"canonical\" href=\"https://example.org/praktijken/de-babbelberg/\"",
            "href=\"#inhoud\"",
            "Stel een wijziging voor");
    }

    [Fact]
    public async Task Related_practices_share_a_theme()
    {
        using var site = TestSite.Create(TwoPracticesAndAService);

        await site.BuildAsync();

        site.AssertPage("praktijken/de-babbelberg/index.html", "href=\"/praktijken/buurtpraat/\"");
        site.AssertPage("praktijken/buurtpraat/index.html", "href=\"/praktijken/de-babbelberg/\"");
    }

    [Fact]
    public async Task A_practice_in_a_former_municipality_is_filed_under_the_merged_one_and_shows_the_old_name()
    {
        using var site = TestSite.Create(TwoPracticesAndAService);

        await site.BuildAsync();

        site.AssertPage("praktijken/buurtpraat/index.html", "<a href=\"/gemeenten/beveren-kruibeke-zwijndrecht/\">Kruibeke (nu Beveren-Kruibeke-Zwijndrecht)</a>");
        site.AssertPage("gemeenten/beveren-kruibeke-zwijndrecht/index.html", "href=\"/praktijken/buurtpraat/\"");
        site.AssertPage("gemeenten/kruibeke/index.html", "url=/gemeenten/beveren-kruibeke-zwijndrecht/");
    }

    [Fact]
    public async Task A_service_page_shows_contact_and_a_week_of_opening_hours()
    {
        using var site = TestSite.Create(TwoPracticesAndAService);

        await site.BuildAsync();

        var page = site.Page("gemeenten/kortrijk/dienst-diversiteit/index.html");
        Assert.Contains("Grote Markt 54<br>8500 Kortrijk", page, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:+3256270000\"", page.Replace("&#x2B;", "+", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">maandag</th><td><span class=\"range\">09.00&#x2013;12.00<span class=\"hours__unit\"> uur</span></span><span class=\"hours__and\"> en </span><span class=\"range\">13.30&#x2013;16.00<span class=\"hours__unit\"> uur</span></span></td>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">dinsdag</th><td><span class=\"muted\">gesloten</span></td>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">vrijdag</th><td><span class=\"range\">09.00&#x2013;12.00<span class=\"hours__unit\"> uur</span></span></td>", page, StringComparison.Ordinal);
        Assert.Contains("Gesloten in juli en augustus.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_municipality_page_lists_its_services_and_practices()
    {
        using var site = TestSite.Create(TwoPracticesAndAService);

        await site.BuildAsync();

        site.AssertPage("gemeenten/kortrijk/index.html",
            "href=\"/gemeenten/kortrijk/dienst-diversiteit/\"",
            "href=\"/praktijken/de-babbelberg/\"",
            "href=\"/praktijken/buurtpraat/\"",
            "href=\"/provincies/west-vlaanderen/\"");
        site.AssertPage("provincies/west-vlaanderen/index.html", "1 gemeente, 2 praktijken");
        site.AssertPage("gemeenten/leuven/index.html", "<meta name=\"robots\" content=\"noindex\">"); // A page without content yet, kept out of search engines.
    }

    [Fact]
    public async Task The_municipality_index_groups_every_municipality_by_province_with_counts()
    {
        using var site = TestSite.Create(TwoPracticesAndAService);

        await site.BuildAsync();

        var page = site.Page("gemeenten/index.html");
        foreach (var name in new[] { "Leuven", "Kortrijk", "Heist-op-den-Berg", "Beveren-Kruibeke-Zwijndrecht", "Gent", "West-Vlaanderen", "Antwerpen" })
        {
            Assert.Contains(name, page, StringComparison.Ordinal);
        }

        Assert.Contains("2 praktijken", page, StringComparison.Ordinal);
        Assert.Contains("1 dienst", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Theme_and_target_group_pages_list_their_practices_newest_first()
    {
        using var site = TestSite.Create(TwoPracticesAndAService);

        await site.BuildAsync();

        var theme = site.Page("themas/taal-en-communicatie/index.html");
        Assert.True(
            theme.IndexOf("/praktijken/buurtpraat/", StringComparison.Ordinal) < theme.IndexOf("/praktijken/de-babbelberg/", StringComparison.Ordinal),
            "the newest practice (added 2026-11-05) comes first");
        site.AssertPage("doelgroepen/nieuwkomers/index.html", "href=\"/praktijken/de-babbelberg/\"");
        site.AssertPage("themas/index.html", "href=\"/themas/werk/\"", "href=\"/themas/onthaal-nieuwkomers/\"");
    }

    [Fact]
    public async Task The_practice_list_is_paged_by_twenty_newest_first()
    {
        var files = string.Concat(Enumerable.Range(1, 45).Select(i => $"""
            -- input/praktijken/praktijk-{i:00}.md --
            ---
            title: Praktijk {i}
            summary: Samenvatting {i}.
            gemeenten: [leuven]
            themas: [werk]
            toegevoegd: 2026-01-{(i % 28) + 1:00}
            ---
            Tekst.

            """));
        using var site = TestSite.Create(files);

        await site.BuildAsync();

        var first = site.Page("praktijken/index.html");
        Assert.Equal(20, CountOccurrences(first, "<article class=\"card\""));
        Assert.Contains("href=\"/praktijken/pagina/2/\"", first, StringComparison.Ordinal);
        Assert.Contains("/praktijken/praktijk-27/", first, StringComparison.Ordinal); // 2026-01-28, the newest
        var last = site.Page("praktijken/pagina/3/index.html");
        Assert.Equal(5, CountOccurrences(last, "<article class=\"card\""));
        Assert.False(site.Exists("praktijken/pagina/4/index.html"));
        Assert.False(site.Exists("praktijken/pagina/1/index.html"), "page 1 is /praktijken/ itself");
        Assert.Equal(20, CountOccurrences(site.Page("themas/werk/pagina/2/index.html"), "<article class=\"card\""));
    }

    [Fact]
    public async Task Every_page_has_the_shared_landmarks_and_metadata()
    {
        using var site = TestSite.Create(TwoPracticesAndAService);

        await site.BuildAsync();

        foreach (var path in site.Written().Where(p => p.EndsWith("index.html", StringComparison.Ordinal) && !p.StartsWith("gemeenten/kruibeke", StringComparison.Ordinal)))
        {
            site.AssertPage(path, "<html lang=\"nl\"", "<title>", "<meta name=\"description\"", "rel=\"canonical\"", "<main id=\"inhoud\"", "class=\"skip-link\"", "<header", "<footer");
        }

        site.AssertPage("404.html", "<html lang=\"nl\"", "Pagina niet gevonden");
        site.AssertPage("sitemap.xml", "<loc>https://example.org/praktijken/de-babbelberg/</loc>", "<loc>https://example.org/gemeenten/kortrijk/dienst-diversiteit/</loc>");
        site.AssertPage("robots.txt", "Sitemap: https://example.org/sitemap.xml");
    }

    [Fact]
    public async Task Every_internal_link_points_to_a_written_page()
    {
        using var site = TestProject.Create(TwoPracticesAndAService);

        await site.BuildAsync();

        var broken = LinkChecker.BrokenLinks(site.OutputDirectory, basePath: "/");
        Assert.Empty(broken);
    }

    [Fact]
    public async Task The_same_input_gives_byte_identical_output_in_another_process_and_culture()
    {
        // In memory here, and on disk by the generator in a child process under another culture: a different hash seed
        // and culture would show any order or format that depends on the process rather than the content.
        using var site = TestSite.Create(TwoPracticesAndAService);
        using var project = TestProject.Create(TwoPracticesAndAService);
        await site.BuildAsync();

        var child = await Generator.RunAsync(project.Root, new Dictionary<string, string> { ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8" }, "build", "--no-search");

        Assert.True(child.ExitCode == 0, child.Errors);
        Assert.Equal(site.Written(), project.Written());
        foreach (var path in site.Written())
        {
            Assert.True(site.Bytes(path).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(project.OutputDirectory, path))), $"{path} differs between the two builds");
        }
    }

    private static int CountOccurrences(string text, string fragment)
    {
        var count = 0;
        for (var i = text.IndexOf(fragment, StringComparison.Ordinal); i >= 0; i = text.IndexOf(fragment, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
