using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Samenleven.Tests.Browser;

/// <summary>
/// The results page on a small stated site (<see cref="SearchResultsSiteFixture.Content"/>): browsing with an empty
/// query, the active filters as chips, the state without results, what a result shows, and the keyboard paths counted in
/// key presses.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class SearchResultsTests(BrowserFixture browser, SearchResultsSiteFixture site) : IClassFixture<SearchResultsSiteFixture>
{
    [Fact]
    public async Task An_empty_query_lists_every_practice_newest_first()
    {
        var page = await OpenAsync("");

        await Expect(page.Locator("#zoekstatus")).ToHaveTextAsync("4 resultaten, de nieuwste eerst.");
        // The service has no date added: it comes after the practices.
        await Expect(page.Locator(".search-result h3")).ToHaveTextAsync(["Buurtwerk Zuid", "Sportdag", "Taalcafé Noord", "Taalpunt"]);
        await Expect(page.Locator("#volgorde")).ToBeHiddenAsync(); // relevance means nothing without words
        await Expect(page.Locator("#f-thema-participatie + label .facet__count")).ToHaveTextAsync("(3)");
    }

    [Fact]
    public async Task A_result_names_at_most_three_themes_and_how_many_more()
    {
        var page = await OpenAsync("?q=koffie");

        await Expect(page.Locator(".search-result h3")).ToHaveTextAsync(["Taalpunt"]);
        var meta = page.Locator(".search-result__meta");
        await Expect(meta).ToHaveTextAsync(new Regex("^Dienst · (Kortrijk · )?[^,·]+, [^,·]+, [^,·]+ \\+2 andere thema’s$"));
        await Expect(meta.Locator(".search-result__more")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_highlighted_word_leaves_out_the_punctuation_after_it()
    {
        // The body says "over taal, werk en school": Pagefind marks the token "taal," with its comma.
        var page = await OpenAsync("?q=taal");

        var marks = page.Locator(".search-result__excerpt mark");
        await Expect(marks.First).ToBeVisibleAsync();
        foreach (var mark in await marks.AllInnerTextsAsync())
        {
            Assert.Matches(WordOnly(), mark);
        }

        await Expect(page.Locator(".search-result__excerpt", new() { HasText = "taal, werk en school" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Each_active_filter_is_a_chip_that_removes_it_and_Wis_alle_filters_removes_them_all()
    {
        var page = await OpenAsync("?thema=werk&thema=participatie");
        await Expect(page.Locator("#zoekfilters summary")).ToHaveTextAsync("Filters (2)");
        var chips = page.Locator("#filterchips button");
        await Expect(chips).ToHaveTextAsync([new Regex("Werk"), new Regex("Participatie")]);
        await Expect(page.Locator(".search-result h3")).ToHaveTextAsync(["Sportdag", "Taalcafé Noord", "Taalpunt"]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Verwijder filter Thema: Werk" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/zoeken/\\?thema=participatie$"));
        await Expect(page.Locator("#f-thema-werk")).Not.ToBeCheckedAsync();
        await Expect(chips).ToHaveTextAsync([new Regex("Participatie")]);
        await Expect(chips.First).ToBeFocusedAsync(); // the focus stays in the row of chips
        await Expect(page.Locator("#zoekfilters summary")).ToHaveTextAsync("Filters (1)");

        await page.GetByRole(AriaRole.Button, new() { Name = "Wis alle filters" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/zoeken/$"));
        await Expect(page.Locator("#zoekstatus")).ToHaveTextAsync("4 resultaten, de nieuwste eerst.");
        await Expect(page.Locator("#actieve-filters")).ToBeHiddenAsync();
        await Expect(page.Locator("#zoekfilters summary")).ToHaveTextAsync("Filters");
        await Expect(page.Locator("#zoekterm")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Without_results_the_page_offers_each_filter_to_drop_with_what_it_would_find_and_the_topics()
    {
        var page = await OpenAsync("?q=sport&thema=werk");

        await Expect(page.Locator("#zoekstatus")).ToHaveTextAsync("Geen resultaten voor “sport” met 1 filter. Probeer een ander of korter woord, of minder filters.");
        await Expect(page.Locator("#geen-resultaten")).ToBeVisibleAsync();
        await Expect(page.Locator("#onderwerpen-lijst a")).ToHaveCountAsync(5);
        await Expect(page.Locator("#onderwerpen-lijst a").First).ToHaveAttributeAsync("href", "/zoeken/?thema=taal-en-communicatie");
        var drop = page.GetByRole(AriaRole.Button, new() { Name = "Zonder thema “Werk”: 1 resultaat" });

        await drop.ClickAsync();

        await page.WaitForURLAsync(new Regex("/zoeken/\\?q=sport$"));
        await Expect(page.Locator(".search-result h3")).ToHaveTextAsync(["Sportdag"]);
        await Expect(page.Locator("#geen-resultaten")).ToBeHiddenAsync();
        await Expect(page.Locator("#zoekstatus")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task The_live_region_says_the_number_of_results_once_typing_stops()
    {
        var page = await OpenAsync("");
        var live = page.Locator("#zoekmelding");
        await Expect(live).ToHaveAttributeAsync("role", "status");

        await page.Locator("#zoekterm").PressSequentiallyAsync("koffie", new() { Delay = 40 });

        await Expect(live).ToHaveTextAsync("1 resultaat voor “koffie”.");
    }

    [Theory]
    [InlineData(Viewports.Desktop)]
    [InlineData(Viewports.Phone)]
    public async Task From_the_search_field_the_first_result_is_at_most_three_key_presses_away(string viewport)
    {
        var page = await OpenAsync("", viewport);
        await page.Locator("#zoekterm").FocusAsync();
        await page.Keyboard.TypeAsync("taal");
        var keys = new KeyCounter(page);

        await keys.PressAsync("Enter"); // the focus goes to the number of results
        await Expect(page.Locator("#zoekstatus")).ToBeFocusedAsync();
        await keys.PressAsync("Tab"); // the sort order
        await keys.PressAsync("Tab");

        await Expect(page.Locator(".search-result a").First).ToBeFocusedAsync();
        Assert.True(keys.Count <= 3, $"{keys.Count} key presses");
    }

    [Theory]
    [InlineData(Viewports.Desktop)]
    [InlineData(Viewports.Phone)]
    public async Task From_the_search_field_a_filter_and_then_the_first_result_take_at_most_ten_key_presses(string viewport)
    {
        var page = await OpenAsync("", viewport);
        await page.Locator("#zoekterm").FocusAsync();
        await page.Keyboard.TypeAsync("taal");
        await Expect(page.Locator("#zoekstatus")).ToHaveTextAsync("2 resultaten voor “taal”.");
        var keys = new KeyCounter(page);

        await keys.PressAsync("Tab"); // the search button
        await keys.PressAsync("Tab"); // "Filters"
        await Expect(page.Locator("#zoekfilters summary")).ToBeFocusedAsync();
        if (viewport == Viewports.Phone)
        {
            await Expect(page.Locator("#zoekfilters")).Not.ToHaveAttributeAsync("open", "");
            await keys.PressAsync("Enter"); // unfolds the filters
        }

        await keys.PressAsync("Tab"); // the theme facet's heading
        await keys.PressAsync("Tab"); // its first value
        await keys.PressAsync("Space");
        await Expect(page.Locator("#zoekstatus")).ToHaveTextAsync(new Regex("^[12] resulta(at|ten) voor “taal” met 1 filter\\.$"));
        await keys.PressAsync("Enter"); // to the results
        await keys.PressAsync("Tab"); // the sort order
        await keys.PressAsync("Tab");

        await Expect(page.Locator(".search-result a").First).ToBeFocusedAsync();
        await Expect(page.Locator("#filterchips button")).ToHaveCountAsync(1);
        Assert.True(keys.Count <= 10, $"{keys.Count} key presses");
    }

    [Fact]
    public async Task On_a_phone_Escape_folds_the_filters_and_returns_to_their_toggle()
    {
        var page = await OpenAsync("", Viewports.Phone);
        var summary = page.Locator("#zoekfilters summary");
        await summary.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#zoekfilters")).ToHaveAttributeAsync("open", "");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(".facet[data-facet=thema] li:visible input").First).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Escape");

        await Expect(page.Locator("#zoekfilters")).Not.ToHaveAttributeAsync("open", "");
        await Expect(summary).ToBeFocusedAsync();
    }

    private async Task<IPage> OpenAsync(string query, string viewport = Viewports.Desktop)
    {
        var (width, height) = Viewports.Size(viewport);
        var page = await browser.NewPageAsync(width, height);
        await page.GotoAsync(site.Host.Url("/zoeken/" + query));
        await Expect(page.Locator("#zoekfilters")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Presses keys and counts them, so a test can state how many a path takes.</summary>
    private sealed class KeyCounter(IPage page)
    {
        public int Count { get; private set; }

        public Task PressAsync(string key)
        {
            Count += 1;
            return page.Keyboard.PressAsync(key);
        }
    }

    [GeneratedRegex("^[\\p{L}\\p{N}]+$")]
    private static partial Regex WordOnly();
}
