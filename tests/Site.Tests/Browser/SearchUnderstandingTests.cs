using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Samenleven.Tests.Browser;

/// <summary>
/// The search understands Dutch as readers type it, on a small stated site (<see cref="SearchUnderstandingFixture"/>):
/// a part of a compound finds the compound, a thesaurus word finds the page that uses the site's word, a typo gets a
/// "Bedoelde je …?" link, and a title that is the query comes first.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class SearchUnderstandingTests(BrowserFixture browser, SearchUnderstandingFixture site) : IClassFixture<SearchUnderstandingFixture>
{
    [Theory]
    [InlineData("centrum", "Buurtwerk in de wijk", "expertisecentrum")]
    [InlineData("bestrijding", "Buurtwerk in de wijk", "kansarmoedebestrijding")]
    public async Task A_part_of_a_compound_finds_the_compound_and_marks_it_in_the_snippet(string query, string title, string compound)
    {
        var page = await SearchAsync(query);

        await ExpectInTopFiveAsync(page, title);
        await Expect(Result(page, title).Locator(".search-result__excerpt mark")).ToHaveTextAsync(compound);
    }

    [Fact]
    public async Task A_page_that_uses_the_word_ranks_above_one_that_only_has_it_inside_a_compound()
    {
        var page = await SearchAsync("armoede");

        await Expect(page.Locator(".search-result h3")).ToHaveTextAsync(["Armoede in beeld", "Buurtwerk in de wijk"]);
    }

    [Theory]
    [InlineData("racisme", "Een meldpunt in de stad")]
    [InlineData("reizigers", "Een terrein voor iedereen")]
    [InlineData("lgbtq", "Regenboogbeleid")]
    [InlineData("migranten", "Vrijwilligers gezocht")]
    public async Task A_word_readers_type_finds_the_page_that_uses_the_sites_word(string query, string title)
    {
        var page = await SearchAsync(query);

        await ExpectInTopFiveAsync(page, title);
        await Expect(Result(page, title).Locator(".search-result__excerpt")).Not.ToContainTextAsync(query); // the hidden words stay hidden
    }

    [Fact]
    public async Task A_dated_word_says_which_term_the_site_uses()
    {
        var page = await SearchAsync("allochtonen");

        await ExpectInTopFiveAsync(page, "Vrijwilligers gezocht");
        await Expect(page.Locator("#zoeksuggestie")).ToHaveTextAsync("Op deze site heet dat mensen met een migratieachtergrond.");
    }

    [Fact]
    public async Task A_typo_finds_nothing_but_offers_the_right_word_one_keypress_away()
    {
        var page = await SearchAsync("discriminaite");
        await Expect(page.Locator("#zoekstatus")).ToHaveTextAsync(new Regex("^Geen resultaten"));
        var link = page.GetByRole(AriaRole.Link, new() { Name = "discriminatie", Exact = true });
        await Expect(page.Locator("#zoeksuggestie")).ToHaveTextAsync("Bedoelde je discriminatie?");

        await link.PressAsync("Enter");

        await page.WaitForURLAsync(new Regex("/zoeken/\\?q=discriminatie$"), new() { WaitUntil = WaitUntilState.Commit });
        await ExpectInTopFiveAsync(page, "Een meldpunt in de stad");
        await Expect(page.Locator("#zoeksuggestie")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_practice_whose_title_is_the_query_comes_first()
    {
        var page = await SearchAsync("taalcafé");

        await Expect(page.Locator(".search-result h3").First).ToHaveTextAsync("Taalcafé");
        await Expect(page.Locator(".search-result h3")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task Snippets_are_body_sentences_without_headings()
    {
        var page = await SearchAsync("kruispunt");

        await Expect(Result(page, "Buurtwerk in de wijk").Locator(".search-result__excerpt")).ToHaveTextAsync(new Regex("^Het buurtwerk is een kruispunt"));
        await Expect(Result(page, "Buurtwerk in de wijk").Locator(".search-result__excerpt mark")).ToHaveTextAsync("kruispunt");
    }

    private async Task<IPage> SearchAsync(string words)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Host.Url("/zoeken/"));
        await Expect(page.Locator("#zoekfilters")).ToBeVisibleAsync();
        await page.Locator("#zoekterm").FillAsync(words);
        await page.Locator("#zoekterm").PressAsync("Enter");
        await Expect(page.Locator("#zoekstatus")).ToHaveTextAsync(new Regex($"voor “{Regex.Escape(words)}”"));
        return page;
    }

    private static ILocator Result(IPage page, string title) => page.Locator(".search-result").Filter(new() { Has = page.Locator("h3", new() { HasTextString = title }) });

    private static async Task ExpectInTopFiveAsync(IPage page, string title)
    {
        await Expect(page.Locator(".search-result h3").First).ToBeVisibleAsync();
        var titles = (await page.Locator(".search-result h3").AllInnerTextsAsync()).Take(5).ToList();
        Assert.Contains(title, titles);
    }
}
