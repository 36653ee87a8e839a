using Microsoft.Playwright;

namespace Samenleven.Tests.Browser;

/// <summary>
/// The form "Praktijk voorstellen" in a real browser: filled in and sent by keyboard alone to a form service that
/// records the POST; mistakes announced in an error summary that links to each field; and the pages about contributing,
/// privacy and accessibility of the real site free of WCAG 2.1 AA violations on a desktop and on a 320 px phone.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ContributeFormTests(BrowserFixture fixture, ContributeSiteFixture site) : BrowserTest(fixture), IClassFixture<ContributeSiteFixture>
{
    public static TheoryData<string, int> PagesAndWidths
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var path in new[] { "/bijdragen/", "/bijdragen/bedankt/", "/privacy/", "/toegankelijkheid/" })
            {
                data.Add(path, 1280);
                data.Add(path, 320);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task The_real_contribution_privacy_and_accessibility_pages_have_no_violations_and_no_sideways_scroll(string path, int width)
    {
        var page = await OpenAsync(width, 900);
        Assert.Equal(200, (await page.GotoAsync(Fixture.Host.Url(path)))?.Status);

        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow} px at {width} px");
    }

    [Fact]
    public async Task The_form_with_an_error_summary_showing_has_no_violations_on_a_phone()
    {
        var page = await OpenAsync(320, 740);
        await page.GotoAsync(site.Host.Url("/bijdragen/"));
        await page.ClickAsync("#formulier-verstuur");
        await page.WaitForSelectorAsync("#foutenoverzicht:not([hidden])");

        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
    }

    [Fact]
    public async Task A_practice_is_proposed_by_keyboard_alone_and_the_form_service_receives_it()
    {
        var page = await OpenAsync(1280, 900);
        await page.GotoAsync(site.Host.Url("/bijdragen/"));
        var before = site.Posts.Count;

        await TypeIntoAsync(page, "veld-title", "Buurtmoestuin De Zwijn");
        await TypeIntoAsync(page, "veld-gemeenten", "Kruibeke");
        await TypeIntoAsync(page, "veld-summary", "Buren kweken samen groenten.");
        await TabToAsync(page, "thema-taal-en-communicatie");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "thema-werk");
        await page.Keyboard.PressAsync("Space");
        await TypeIntoAsync(page, "veld-periode-start", "2021-09");
        await TypeIntoAsync(page, "veld-contact-email", "marie@voorbeeld.example");
        await TabToAsync(page, "veld-toestemming");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "formulier-verstuur");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(site.Host.Url("/bijdragen/bedankt/"));
        Assert.Equal("Bedankt voor je voorstel", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(before + 1, site.Posts.Count);
        var post = site.Posts.Last();
        string[] Values(string name) => [.. post.Where(p => p.Key == name).Select(p => p.Value)];
        Assert.Equal(["nieuw"], Values("soort"));
        Assert.Equal(["Buurtmoestuin De Zwijn"], Values("title"));
        Assert.Equal(["Kruibeke"], Values("gemeenten"));
        Assert.Equal(["Buren kweken samen groenten."], Values("summary"));
        Assert.Equal(["taal-en-communicatie", "werk"], Values("themas"));
        Assert.Equal(["2021-09"], Values("periode_start"));
        Assert.Equal(["marie@voorbeeld.example"], Values("contact_email"));
        Assert.Equal(["ja"], Values("toestemming"));
        Assert.Equal([""], Values("bot-field"));
    }

    [Fact]
    public async Task Mistakes_are_announced_in_a_summary_that_takes_the_focus_and_links_to_each_field()
    {
        var page = await OpenAsync(1280, 900);
        await page.GotoAsync(site.Host.Url("/bijdragen/"));
        var before = site.Posts.Count;

        await TypeIntoAsync(page, "veld-periode-start", "vorig jaar");
        await TabToAsync(page, "formulier-verstuur");
        await page.Keyboard.PressAsync("Enter");

        var summary = page.Locator("#foutenoverzicht");
        await summary.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Equal("foutenoverzicht", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("alert", await summary.GetAttributeAsync("role"));
        Assert.StartsWith("Fout: ", await page.TitleAsync(), StringComparison.Ordinal);
        var links = await summary.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href') + ' ' + a.textContent)");
        Assert.Equal(
        [
            "#veld-title Vul de naam van de praktijk in",
            "#veld-gemeenten Vul de gemeente in",
            "#veld-summary Vat de praktijk samen in één of twee zinnen",
            "#thema-lokaal-diversiteitsbeleid Kies minstens één thema".Replace("lokaal-diversiteitsbeleid", await FirstThemeAsync(page), StringComparison.Ordinal),
            "#veld-periode-start Vul een jaar in, zoals 2021, of een jaar en een maand, zoals 2021-09",
        ], links);

        // The error sits next to its field too, and the field says so to a screen reader.
        Assert.Equal("Fout: Vul de naam van de praktijk in", (await page.Locator("#veld-title-fout").TextContentAsync())?.Trim());
        Assert.Equal("true", await page.Locator("#veld-title").GetAttributeAsync("aria-invalid"));
        Assert.Contains("veld-title-fout", await page.Locator("#veld-title").GetAttributeAsync("aria-describedby") ?? "", StringComparison.Ordinal);

        // Following a link of the summary by keyboard puts the focus in the field.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("#veld-gemeenten", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("veld-gemeenten", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal(before, site.Posts.Count);
    }

    [Fact]
    public async Task Meld_een_wijziging_opens_the_form_in_change_mode_with_the_page_filled_in()
    {
        var page = await OpenAsync(1280, 900);
        await page.GotoAsync(site.Host.Url("/praktijken/taalcafe/"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Meld een wijziging" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/bijdragen/", StringComparison.Ordinal));
        Assert.True(await page.Locator("#soort-wijziging").IsCheckedAsync());
        Assert.Equal("/praktijken/taalcafe/", await page.Locator("#veld-pagina").InputValueAsync());
        Assert.Equal("Taalcafé in de bib", await page.Locator("#veld-title").InputValueAsync());
        // The practice names Kruibeke, which is part of Beveren-Kruibeke-Zwijndrecht since 2025.
        Assert.Equal("Beveren-Kruibeke-Zwijndrecht", await page.Locator("#veld-gemeenten").InputValueAsync());
        Assert.True(await page.Locator("#deel-over-de-wijziging").IsVisibleAsync());
        Assert.False(await page.Locator("#deel-beschrijving").IsVisibleAsync());
    }

    [Fact]
    public async Task The_municipality_link_of_an_empty_municipality_still_fills_in_the_municipality()
    {
        var page = await OpenAsync(1280, 900);

        await page.GotoAsync(site.Host.Url("/bijdragen/?gemeente=beveren-kruibeke-zwijndrecht"));

        Assert.Equal("Beveren-Kruibeke-Zwijndrecht", await page.Locator("#veld-gemeenten").InputValueAsync());
        Assert.True(await page.Locator("#soort-nieuw").IsCheckedAsync());
    }

    private static Task<string> FirstThemeAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.querySelector('input[name=themas]').value");

    /// <summary>Presses Tab until the element with this id has the focus, as a keyboard user would; fails when Tab never gets there.</summary>
    private static async Task TabToAsync(IPage page, string id)
    {
        for (var presses = 0; presses < 300; presses++)
        {
            if (await page.EvaluateAsync<string?>("() => document.activeElement && document.activeElement.id") == id)
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached #{id}");
    }

    private static async Task TypeIntoAsync(IPage page, string id, string text)
    {
        await TabToAsync(page, id);
        await page.Keyboard.TypeAsync(text);
    }
}
