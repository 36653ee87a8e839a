using Samenleven.Tests.Support;

namespace Samenleven.Tests.Validation;

/// <summary>
/// Every link that stays inside the site, in a body or in the front matter, must lead to a page, a section of it, a
/// published file or an old address that redirects; a broken one is an error at its line and column, all at once.
/// </summary>
public sealed class InternalLinkTests
{
    private const string Target = """
        -- input/praktijken/doel.md --
        ---
        title: Doel
        summary: De praktijk waar de links naartoe gaan.
        gemeenten: [gent]
        themas: [werk]
        toegevoegd: 2026-01-01
        aliases: [/oude-praktijk/]
        ---
        ## Aanpak

        Zo gaan we te werk.

        ## Resultaten

        Veel.
        -- input/bijlagen/verslag.pdf --
        %PDF-1.4
        -- input/afbeeldingen/foto.png --
        not really a PNG
        """;

    private static string Linking(string frontMatter, string body) => Target + $"""

        -- input/praktijken/bron.md --
        ---
        title: Bron
        summary: De praktijk met de links.
        gemeenten: [leuven]
        themas: [werk]
        toegevoegd: 2026-01-01
        {frontMatter}
        ---
        ## Inleiding

        {body}
        """;

    [Fact]
    public async Task Links_to_pages_sections_files_and_old_addresses_that_exist_pass()
    {
        using var site = TestSite.Create(Linking(
            "links: [{titel: Doel, url: /praktijken/doel/}]",
            "Zie [de aanpak](/praktijken/doel/#aanpak), [de inleiding](#inleiding), [de kerngegevens](/praktijken/doel/#kerngegevens-kop), "
            + "[het oude adres](/oude-praktijk/), [het verslag](/bijlagen/verslag.pdf), [de open data](/data/praktijken.csv), "
            + "[het thema](../../themas/werk/) en ![Een foto](/afbeeldingen/foto.png)."));

        var run = await site.CheckAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Equal("", run.Errors);
    }

    [Fact]
    public async Task A_broken_page_section_image_or_front_matter_link_is_reported_at_its_place_all_at_once()
    {
        using var site = TestSite.Create(Linking(
            "links: [{titel: Weg, url: /praktijken/weg/}]\nafbeelding: {src: /afbeeldingen/weg.png, alt: Weg}",
            "Zie [de evaluatie](/praktijken/doel/#evaluatie), [een verkeerde plek](#besluit), [niets](/praktijken/niets/) en ![Weg](/afbeeldingen/ook-weg.png)."));

        var run = await site.CheckAsync();

        Assert.Equal(1, run.ExitCode);
        string[] expected =
        [
            "input/praktijken/bron.md:7:27: error SID0027: link '/praktijken/weg/' leads to no page or file of this site",
            "input/praktijken/bron.md:8:19: error SID0017: the image /afbeeldingen/weg.png does not exist: put it in input/afbeeldingen/",
            "input/praktijken/bron.md:12:5: error SID0043: link '/praktijken/doel/#evaluatie' leads to no section '#evaluatie' on /praktijken/doel/: its sections are #aanpak, #resultaten",
            "input/praktijken/bron.md:12:50: error SID0043: link '#besluit' leads to no section '#besluit' on /praktijken/bron/: its sections are #inleiding",
            "input/praktijken/bron.md:12:82: error SID0027: link '/praktijken/niets/' leads to no page or file of this site",
            "input/praktijken/bron.md:12:113: error SID0027: image '/afbeeldingen/ook-weg.png' leads to no page or file of this site: put the image in input/afbeeldingen/",
        ];
        Assert.All(expected, e => Assert.True(run.Errors.Contains(e, StringComparison.Ordinal), $"missing «{e}» in:\n{run.Errors}"));
        Assert.Contains("6 error(s)", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_page_is_checked_like_a_practice()
    {
        using var site = TestSite.Create(Target + """

            -- input/gemeenten/gent/dienst.md --
            ---
            title: Dienst
            ---
            Lees [de resultaten](/praktijken/doel/#resultatenn).
            """);

        var run = await site.CheckAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/gemeenten/gent/dienst.md:4:6: error SID0043: link '/praktijken/doel/#resultatenn' leads to no section '#resultatenn'", run.Errors, StringComparison.Ordinal);
    }
}
