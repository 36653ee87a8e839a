using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Samenleven.Tests.Browser;

/// <summary>
/// Dutch search quality and exact facet counts, on a small stated site (<see cref="SearchSiteFixture.Content"/>):
/// stemming, accents, prefixes while typing, title before body, counts that follow the query, newest first.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class SearchDutchTests(BrowserFixture browser, SearchSiteFixture site) : IClassFixture<SearchSiteFixture>
{
    [Fact]
    public async Task A_plural_finds_the_singular()
    {
        var page = await SearchAsync("vrijwilligers");

        await ExpectTitlesAsync(page, "De Babbelberg");
        await Expect(page.Locator(".search-result__excerpt mark")).ToHaveTextAsync("vrijwilliger");
    }

    [Fact]
    public async Task Accents_are_ignored()
    {
        var page = await SearchAsync("financien");

        await ExpectTitlesAsync(page, "Budget voor verenigingen");
        await Expect(page.Locator(".search-result__excerpt mark")).ToHaveTextAsync(new Regex("^financiën"));
    }

    [Fact]
    public async Task A_word_being_typed_already_matches_as_a_prefix()
    {
        var page = await OpenAsync("");

        await page.Locator("#zoekterm").PressSequentiallyAsync("vrijw", new() { Delay = 40 });

        await ExpectTitlesAsync(page, "De Babbelberg");
    }

    [Fact]
    public async Task A_word_in_the_title_ranks_above_the_same_word_in_the_body()
    {
        var page = await SearchAsync("buurtpraat");

        await ExpectTitlesAsync(page, "Buurtpraat", "Budget voor verenigingen");
    }

    [Fact]
    public async Task Facet_counts_follow_the_query_and_a_facet_counts_its_alternatives()
    {
        var page = await SearchAsync("taal");
        await ExpectTitlesInAnyOrderAsync(page, "Buurtpraat", "Dienst Diversiteit");
        await OpenFacetAsync(page, "Soort");
        await OpenFacetAsync(page, "Gemeente");
        await ExpectCountAsync(page, "soort", "praktijk", 1);
        await ExpectCountAsync(page, "soort", "dienst", 1);
        await ExpectCountAsync(page, "thema", "taal-en-communicatie", 1);
        await ExpectCountAsync(page, "thema", "onthaal-nieuwkomers", 1);
        await ExpectCountAsync(page, "gemeente", "leuven", 1);
        await Expect(page.Locator("#f-thema-werk")).ToBeHiddenAsync(); // nothing about "taal" is filed under Werk

        await page.Locator("label[for=f-soort-dienst]").ClickAsync();

        await ExpectTitlesAsync(page, "Dienst Diversiteit");
        await ExpectCountAsync(page, "soort", "praktijk", 1); // what checking it too would add
        await ExpectCountAsync(page, "gemeente", "kortrijk", 1);
        await Expect(page.Locator("#f-gemeente-leuven")).ToBeHiddenAsync();
        Assert.EndsWith("/zoeken/?q=taal&soort=dienst", page.Url, StringComparison.Ordinal);

        await page.Locator("label[for=f-soort-praktijk]").ClickAsync();

        await ExpectTitlesInAnyOrderAsync(page, "Buurtpraat", "Dienst Diversiteit");
    }

    [Fact]
    public async Task Filters_alone_list_what_they_match_and_newest_first_sorts_by_the_date_added()
    {
        var page = await OpenAsync("?thema=onthaal-nieuwkomers&soort=praktijk&volgorde=nieuwste");

        await ExpectTitlesAsync(page, "De Babbelberg", "Budget voor verenigingen");
        await Expect(page.Locator("#zoekstatus")).ToHaveTextAsync("2 resultaten met 2 filters.");
        await Expect(page.Locator("#volgorde")).ToHaveValueAsync("nieuwste");
    }

    [Fact]
    public async Task Newest_first_keeps_service_pages_which_have_no_date()
    {
        var page = await OpenAsync("?thema=onthaal-nieuwkomers&volgorde=nieuwste");

        await Expect(page.Locator("#zoekstatus")).ToHaveTextAsync("3 resultaten met 1 filter.");
        await Expect(page.Locator(".search-result h3")).ToHaveTextAsync(["De Babbelberg", "Budget voor verenigingen", "Dienst Diversiteit"]);
    }

    [Fact]
    public async Task Year_and_status_are_facets()
    {
        var page = await OpenAsync("?jaar=2022");

        await ExpectTitlesAsync(page, "Buurtpraat");
        await ExpectCountAsync(page, "jaar", "2018", 1); // a facet in the URL opens by itself
        await OpenFacetAsync(page, "Status");
        await ExpectCountAsync(page, "status", "afgerond", 1);
        await Expect(page.Locator("#f-status-lopend")).ToBeHiddenAsync();

        await page.Locator("label[for=f-jaar-2018]").ClickAsync();

        await ExpectTitlesInAnyOrderAsync(page, "Buurtpraat", "De Babbelberg");
        await ExpectCountAsync(page, "status", "lopend", 1);
        Assert.EndsWith("/zoeken/?jaar=2022&jaar=2018", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_back_button_returns_to_the_search_before_a_filter()
    {
        var page = await SearchAsync("taal");
        await OpenFacetAsync(page, "Soort");
        await page.Locator("label[for=f-soort-dienst]").ClickAsync();
        await ExpectTitlesAsync(page, "Dienst Diversiteit");

        await page.GoBackAsync();

        await Expect(page.Locator("#f-soort-dienst")).Not.ToBeCheckedAsync();
        await ExpectTitlesInAnyOrderAsync(page, "Buurtpraat", "Dienst Diversiteit");
    }

    [Fact]
    public async Task Search_works_under_the_strict_Content_Security_Policy_of_the_deployed_site()
    {
        const string policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";
        var page = await browser.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };
        await page.RouteAsync("**/*", async route =>
        {
            var response = await route.FetchAsync();
            var headers = new Dictionary<string, string>(response.Headers) { ["content-security-policy"] = policy };
            await route.FulfillAsync(new() { Response = response, Headers = headers });
        });

        await page.GotoAsync(site.Host.Url("/zoeken/?q=vrijwilligers"));

        await ExpectTitlesAsync(page, "De Babbelberg");
        await Expect(page.Locator("#f-thema-taal-en-communicatie + label .facet__count")).ToHaveTextAsync("(1)");
        Assert.Empty(refused);
    }

    private async Task<IPage> OpenAsync(string query)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Host.Url("/zoeken/" + query));
        await Expect(page.Locator("#zoekfilters")).ToBeVisibleAsync();
        return page;
    }

    private async Task<IPage> SearchAsync(string words)
    {
        var page = await OpenAsync("");
        await page.Locator("#zoekterm").FillAsync(words);
        await page.Locator("#zoekterm").PressAsync("Enter");
        return page;
    }

    private static async Task ExpectTitlesAsync(IPage page, params string[] titles)
    {
        await Expect(page.Locator("#zoekstatus")).ToHaveTextAsync(new Regex($"^{titles.Length} resulta(at|ten)"));
        await Expect(page.Locator(".search-result h3")).ToHaveTextAsync(titles);
    }

    private static async Task ExpectTitlesInAnyOrderAsync(IPage page, params string[] titles)
    {
        await Expect(page.Locator("#zoekstatus")).ToHaveTextAsync(new Regex($"^{titles.Length} resulta(at|ten)"));
        await Expect(page.Locator(".search-result h3")).ToHaveCountAsync(titles.Length);
        var shown = await page.Locator(".search-result h3").AllInnerTextsAsync();
        Assert.Equal(titles.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
    }

    private static async Task OpenFacetAsync(IPage page, string name)
    {
        var opener = page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
        await opener.ClickAsync();
        await Expect(opener).ToHaveAttributeAsync("aria-expanded", "true");
    }

    private static Task ExpectCountAsync(IPage page, string facet, string key, int count) =>
        Expect(page.Locator($"#f-{facet}-{key} + label .facet__count")).ToHaveTextAsync($"({count})");
}
