using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Samenleven.Tests.Browser;

/// <summary>
/// The reader's journeys, clicked through in the real site: from the home page to a practice and its municipality, from
/// the A–Z list to a service's opening hours and contact, the map, and the page for addresses that do not exist.
/// Each journey also runs with JavaScript switched off: everything but search works without it.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class JourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<bool> WithAndWithoutJavaScript => [true, false];

    [Theory]
    [MemberData(nameof(WithAndWithoutJavaScript))]
    public async Task Home_to_a_theme_to_a_practice_to_its_municipality(bool javaScript)
    {
        var page = await OpenAsync(1280, 900, javaScript: javaScript);
        await GoAsync(page, "/");

        // The first theme that has practices.
        var theme = page.GetByRole(AriaRole.Region, new() { Name = "Thema's" }).GetByRole(AriaRole.Link)
            .Filter(new() { Has = page.Locator(".count", new() { HasTextRegex = new Regex("^[1-9]") }) }).First;
        var themeName = (await theme.Locator(".theme-grid__title").InnerTextAsync()).Trim();
        await theme.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(themeName);
        Assert.StartsWith("/themas/", SitePath(page), StringComparison.Ordinal);

        var practice = page.Locator(".card__title a").First;
        var practiceTitle = (await practice.InnerTextAsync()).Trim();
        await practice.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(practiceTitle);
        Assert.StartsWith("/praktijken/", SitePath(page), StringComparison.Ordinal);

        var facts = page.GetByRole(AriaRole.Region, new() { Name = "Kerngegevens" });
        await Assertions.Expect(facts.GetByRole(AriaRole.Link, new() { Name = themeName, Exact = true })).ToBeVisibleAsync();
        var municipality = facts.Locator("dd").First.GetByRole(AriaRole.Link).First;
        var municipalityName = MergedName().Match((await municipality.InnerTextAsync()).Trim()).Groups["name"].Value;
        await municipality.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(municipalityName);
        Assert.StartsWith("/gemeenten/", SitePath(page), StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = practiceTitle, Exact = true }).First).ToBeVisibleAsync();
    }

    [Theory]
    [MemberData(nameof(WithAndWithoutJavaScript))]
    public async Task Municipalities_A_to_Z_to_a_municipality_to_a_services_opening_hours_and_contact(bool javaScript)
    {
        var page = await OpenAsync(375, 740, javaScript: javaScript);
        await GoAsync(page, "/");

        // On a phone the menu is a disclosure (details and summary: it opens without a script too).
        await page.GetByText("Menu", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Gemeenten" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gemeenten");

        // In the A–Z list (not the map), a municipality whose counts mention a service.
        var entry = page.Locator(".municipality-list li").Filter(new() { HasText = "dienst" }).First;
        var link = entry.GetByRole(AriaRole.Link);
        var name = (await link.InnerTextAsync()).Trim();
        await link.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);

        // At a glance on the municipality page: the service's contact and a week of opening hours.
        var card = page.Locator(".service-card").First;
        await Assertions.Expect(card.GetByRole(AriaRole.Heading, new() { Name = "Contact" })).ToBeVisibleAsync();
        await Assertions.Expect(card.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
        await Assertions.Expect(card.GetByRole(AriaRole.Rowheader, new() { Name = "maandag" })).ToBeVisibleAsync();
        await Assertions.Expect(card.GetByRole(AriaRole.Rowheader, new() { Name = "zondag" })).ToBeVisibleAsync();

        var service = card.GetByRole(AriaRole.Heading, new() { Level = 2 }).GetByRole(AriaRole.Link);
        var serviceName = (await service.InnerTextAsync()).Trim();
        await service.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(serviceName);
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Openingsuren" });
        await Assertions.Expect(table).ToBeVisibleAsync();
        Assert.Equal(7, await table.Locator("tbody tr").CountAsync());
        var contact = page.Locator("address").First;
        await Assertions.Expect(contact).ToBeVisibleAsync();
        Assert.True(await contact.Locator("a[href^='tel:'], a[href^='mailto:']").CountAsync() > 0, "the contact has a phone number or e-mail address to tap");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Kruimelpad" }).GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
    }

    [Theory]
    [MemberData(nameof(WithAndWithoutJavaScript))]
    public async Task A_municipality_on_the_map_leads_to_its_page(bool javaScript)
    {
        var page = await OpenAsync(1280, 900, javaScript: javaScript);
        await GoAsync(page, "/gemeenten/");

        var map = page.GetByRole(AriaRole.Group, new() { Name = "Kaart van Vlaanderen" });
        await Assertions.Expect(map).ToBeVisibleAsync();
        var area = map.GetByRole(AriaRole.Link).First;
        // Every area is named "Name: counts" by its <title> (the script turns it into an aria-label and shows it as a label).
        var title = await area.EvaluateAsync<string>("a => a.getAttribute('aria-label') ?? a.querySelector('title').textContent");
        var name = title[..title.IndexOf(':', StringComparison.Ordinal)];
        await area.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
    }

    [Theory]
    [MemberData(nameof(WithAndWithoutJavaScript))]
    public async Task An_address_that_does_not_exist_answers_404_with_a_way_back(bool javaScript)
    {
        var page = await OpenAsync(375, 740, javaScript: javaScript);

        await GoAsync(page, "/praktijken/bestaat-niet/", 404);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pagina niet gevonden");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Pagina niet gevonden"));
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Naar de startpagina" }).ClickAsync();
        Assert.Equal("/", SitePath(page));
    }

    [Fact]
    public async Task Without_JavaScript_every_kind_of_page_shows_its_content_and_navigation()
    {
        var page = await OpenAsync(375, 740, javaScript: false);
        foreach (var kind in SitePages.Kinds)
        {
            await GoAsync(page, SitePages.PathOf(Fixture, kind), kind == "notfound" ? 404 : 200);

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await page.GetByText("Menu", new() { Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link)).ToHaveCountAsync(5);
            await Assertions.Expect(page.GetByRole(AriaRole.Contentinfo)).ToBeVisibleAsync();
        }
    }

    // "Kruibeke (nu Beveren-Kruibeke-Zwijndrecht)" links to the merged municipality's page.
    [GeneratedRegex(@"(?:.*\(nu )?(?<name>[^()]+)\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MergedName();
}
