using System.Text.RegularExpressions;
using Samenleven.Site;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site;

/// <summary>
/// A practice page as an officer weighing reuse reads it: Kerngegevens at the top (only what the record has, never an
/// empty row), the text, links and attachments, then Bronnen and the dates; and the calm cards of list pages.
/// </summary>
public sealed partial class PracticePageTests
{
    private static async Task<TestSite> BuiltFullRecord()
    {
        var site = TestSite.Create(FullRecordSite.Files);
        site.Write(FullRecordSite.AttachmentPath, new byte[240_000]);
        var run = await site.BuildAsync();
        Assert.True(run.ExitCode == 0, run.Errors);
        return site;
    }

    /// <summary>The label and the text of each row of the Kerngegevens, tags removed.</summary>
    private static (string Label, string Value)[] KeyFacts(string page)
    {
        var block = page[page.IndexOf("<dl>", StringComparison.Ordinal)..page.IndexOf("</dl>", StringComparison.Ordinal)];
        return [.. Row().Matches(block).Select(m => (Text(m.Groups[1].Value), Text(m.Groups[2].Value)))];
    }

    private static string Text(string html) =>
        System.Net.WebUtility.HtmlDecode(Whitespace().Replace(Tags().Replace(html, " "), " ")).Trim();

    [Fact]
    public async Task Every_key_fact_of_a_full_record_is_a_row_of_one_definition_list_above_the_text()
    {
        using var site = await BuiltFullRecord();

        var page = site.Page("praktijken/volledig/index.html");

        Assert.Equal(
        [
            ("Gemeenten", "Kortrijk Kruibeke (nu Beveren-Kruibeke-Zwijndrecht)"),
            ("Periode", "september 2019 – juni 2022"),
            ("Status", "Afgerond"),
            ("Domeinen", "Dienstverlening Beleid"),
            ("Thema's", "Taal en communicatie Onthaal van nieuwkomers"),
            ("Doelgroepen", "Nieuwkomers"),
            ("Organisatie", "Dienst Diversiteit"),
            ("Partners", "Huis van het Nederlands Buurtwerk"),
            ("Financiering", "Vlaamse overheid: € 25.000 Stad Kortrijk: € 1.250,50"),
            ("Bereik", "120 deelnemers per jaar"),
            ("Onderbouwing", "Geëvalueerd De praktijk is geëvalueerd: de evaluatie staat bij de bronnen. Wat betekent dit?"),
            ("Plan Samenleven", "Nederlands Actie 5: Oefenkansen Nederlands organiseren Eén gemeenschap"),
            ("Gebaseerd op", "De Babbelberg"),
            ("Contact", "Onthaalbalie diversiteit@example.org 056 00 00 00"),
        ], KeyFacts(page));
        Assert.True(page.IndexOf("Kerngegevens", StringComparison.Ordinal) < page.IndexOf("<h2 id=\"wat\">", StringComparison.Ordinal));
        Assert.Contains("<dt>Status</dt>\n<dd>Afgerond", page.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal); // One value: no list of one.
        Assert.Contains("<a href=\"/onderbouwing/\">Wat betekent dit?</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/plan-samenleven/nederlands/\">Nederlands</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/domeinen/dienstverlening/\">Dienstverlening</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attachments_say_their_type_and_size_the_video_is_a_link_and_sources_and_dates_close_the_page()
    {
        using var site = await BuiltFullRecord();

        var page = site.Page("praktijken/volledig/index.html");

        // The full address is there for print, where a link has to be written out.
        Assert.Contains("<a href=\"/bijlagen/verslag.pdf\" data-print-href=\"https://example.org/bijlagen/verslag.pdf\">Evaluatieverslag</a> <span class=\"muted\">(PDF, 240 kB)</span>", page, StringComparison.Ordinal);
        Assert.Equal(new byte[240_000], site.Bytes("bijlagen/verslag.pdf"));
        Assert.Contains("<a href=\"https://example.org/video\">Video bekijken</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", page, StringComparison.Ordinal);
        var footer = page[page.IndexOf("<footer class=\"practice__footer\"", StringComparison.Ordinal)..];
        Assert.True(page.IndexOf("<h2 id=\"wat\">", StringComparison.Ordinal) < page.IndexOf("<footer class=\"practice__footer\"", StringComparison.Ordinal));
        Assert.Contains("<h2 id=\"bronnen-kop\">Bronnen</h2>", footer, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/evaluatie\">Evaluatie 2022</a><span>, geraadpleegd op 14 maart 2026</span>", footer, StringComparison.Ordinal);
        Assert.Contains("<li>Bestuursnota Stad Kortrijk</li>", footer, StringComparison.Ordinal);
        Assert.Contains("Laatst bijgewerkt op <time datetime=\"2026-02-01\">1 februari 2026</time>.", footer, StringComparison.Ordinal);
        Assert.Contains("Laatst nagekeken op <time datetime=\"2026-02-01\">1 februari 2026</time>.", footer, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"notice\"", footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_minimal_record_shows_no_empty_part_and_the_practice_it_inspired()
    {
        using var site = await BuiltFullRecord();

        var page = site.Page("praktijken/de-babbelberg/index.html");

        Assert.Equal(
        [
            ("Gemeente", "Heist-op-den-Berg"),
            ("Thema's", "Taal en communicatie"),
            ("Overgenomen door", "Samen aan tafel"),
            ("Contact", "Heist-op-den-Berg Er staat geen contactpersoon bij deze praktijk. Op de pagina van de gemeente vind je wat ze doet rond samenleven in diversiteit."),
        ], KeyFacts(page));
        foreach (var absent in new[] { "Bronnen", "Bijlagen", "Meer weten", "Laatst nagekeken", "<dd></dd>", "<ul class=\"plain\"></ul>", "<ul></ul>" })
        {
            Assert.DoesNotContain(absent, page, StringComparison.Ordinal);
        }

        Assert.Contains("Laatst bijgewerkt op <time datetime=\"2025-06-01\">1 juni 2025</time>.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_not_checked_for_longer_than_the_limit_carries_a_calm_note()
    {
        using var site = TestSite.Create(FullRecordSite.Files.Replace("geverifieerd: 2026-02-01", "geverifieerd: 2023-06-30", StringComparison.Ordinal));
        site.Write(FullRecordSite.AttachmentPath, new byte[10]);

        await site.BuildAsync();

        site.AssertPage("praktijken/volledig/index.html",
            "Laatst nagekeken op <time datetime=\"2023-06-30\">30 juni 2023</time>.",
            "<p class=\"notice\">Deze gegevens werden langer dan 24 maanden geleden met de gemeente nagekeken.");
    }

    [Fact]
    public async Task A_service_page_without_contact_data_has_no_empty_box_but_says_what_is_missing()
    {
        using var site = TestSite.Create("""
            -- input/gemeenten/kortrijk/dienst-diversiteit.md --
            ---
            title: Dienst Diversiteit
            summary: Het aanspreekpunt voor diversiteit.
            ---
            De dienst werkt aan samenleven.
            """);

        await site.BuildAsync();

        var page = site.Page("gemeenten/kortrijk/dienst-diversiteit/index.html");
        Assert.DoesNotContain("service-card", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<address", page, StringComparison.Ordinal);
        Assert.Contains("Voor deze dienst staan nog geen contactgegevens in de databank.", page, StringComparison.Ordinal);
        var municipality = site.Page("gemeenten/kortrijk/index.html");
        Assert.DoesNotContain("service-card__grid", municipality, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cards_on_a_theme_page_have_one_link_the_municipality_a_labelled_date_and_no_tag_for_that_theme()
    {
        using var site = await BuiltFullRecord();

        var page = site.Page("themas/taal-en-communicatie/index.html");

        var cards = Card().Matches(page).Select(m => m.Value).ToArray();
        Assert.Equal(2, cards.Length);
        Assert.All(cards, card => Assert.Single(Link().Matches(card)));
        Assert.All(cards, card => Assert.DoesNotContain("<li class=\"tag\">Taal en communicatie</li>", card, StringComparison.Ordinal));
        Assert.Contains("<span class=\"visually-hidden\">Gemeenten: </span>Kortrijk, Kruibeke (nu Beveren-Kruibeke-Zwijndrecht)", cards[0], StringComparison.Ordinal);
        Assert.Contains("<li class=\"tag\">Onthaal van nieuwkomers</li>", cards[0], StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2026-01-01\">Toegevoegd op 1 januari 2026</time>", cards[0], StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"tags\"", cards[1], StringComparison.Ordinal); // Its only theme is the page's own.
        Assert.Contains("<li class=\"tag\">Taal en communicatie</li>", site.Page("praktijken/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_shows_three_themes_and_counts_the_rest()
    {
        var card = new PracticeCard("T", "/praktijken/t/", "S", "Gemeente: ", "Gent", ["Een", "Twee", "Drie", "Vier", "Vijf"], "2026-01-01", "Toegevoegd op 1 januari 2026");

        Assert.Equal(["Een", "Twee", "Drie"], card.ShownThemes);
        Assert.Equal("+2", card.MoreThemes);
        Assert.Equal("en 2 andere thema's", card.MoreThemesSpoken);
    }

    [GeneratedRegex("<div class=\"key-facts__row\">\\s*<dt>(.*?)</dt>\\s*<dd>(.*?)</dd>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("<article class=\"card\">.*?</article>", RegexOptions.Singleline)]
    private static partial Regex Card();

    [GeneratedRegex("<a ")]
    private static partial Regex Link();
}
