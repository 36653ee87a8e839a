using System.Net;
using Microsoft.Playwright;

namespace Samenleven.Tests.Browser;

/// <summary>
/// The way in to a municipality on /gemeenten/: the map, whose 285 areas are links that show their name on focus, and
/// the finder, a combobox that also knows the names from before the 2025 mergers.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class MunicipalityIndexTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Map = "svg.kaart__svg";

    [Fact]
    public async Task Every_area_of_the_map_is_its_own_link_to_its_municipalitys_page()
    {
        var page = await OpenAsync(1280, 900);
        await GoAsync(page, "/gemeenten/");

        var areas = await page.Locator($"{Map} a").EvaluateAllAsync<string[][]>(
            "links => links.map(a => [a.getAttribute('href'), a.getAttribute('aria-label') ?? a.querySelector('title').textContent])");

        Assert.Equal(285, areas.Length);
        Assert.Equal(285, areas.Select(a => a[0]).Distinct(StringComparer.Ordinal).Count());
        var wrong = new List<string>();
        foreach (var area in areas)
        {
            var name = area[1][..area[1].IndexOf(':', StringComparison.Ordinal)]; // "Kortrijk: 12 praktijken"
            var response = await page.APIRequest.GetAsync(Fixture.Host.Url(area[0]));
            var html = await response.TextAsync();
            if (response.Status != 200 || !html.Contains($"<h1>{WebUtility.HtmlEncode(name)}</h1>", StringComparison.Ordinal))
            {
                wrong.Add($"{area[0]} ({name}): {response.Status}");
            }
        }

        Assert.True(wrong.Count == 0, "map areas that do not reach their municipality's page:\n" + string.Join('\n', wrong));
    }

    [Fact]
    public async Task A_map_area_with_keyboard_focus_or_under_the_pointer_shows_its_name_and_a_ring()
    {
        var page = await OpenAsync(1280, 900);
        await GoAsync(page, "/gemeenten/");
        var label = page.Locator(".kaart__label");
        var ring = page.Locator(".kaart__ring");

        // The link that skips the map comes right before its first area, which is the first in the A–Z list.
        await page.GetByRole(AriaRole.Link, new() { Name = "Naar de lijst van alle gemeenten per provincie" }).FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-label')");
        Assert.StartsWith("Aalst: ", first, StringComparison.Ordinal);
        await Assertions.Expect(label).ToBeVisibleAsync();
        await Assertions.Expect(label).ToHaveTextAsync(first);
        Assert.False(string.IsNullOrEmpty(await ring.GetAttributeAsync("d")), "a ring is drawn around the focused area");

        await page.Keyboard.PressAsync("Tab");
        var second = await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-label')");
        await Assertions.Expect(label).ToHaveTextAsync(second);
        var labelBox = await label.BoundingBoxAsync();
        var areaBox = await page.Locator(":focus").BoundingBoxAsync();
        Assert.True(labelBox is not null && areaBox is not null && labelBox.Y + labelBox.Height <= areaBox.Y + 1, "the label sits above the area it names");

        await page.Locator($"{Map} a[href$='/gemeenten/kortrijk/']").HoverAsync();
        await Assertions.Expect(label).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Kortrijk: "));

        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).HoverAsync();
        await page.EvaluateAsync("document.activeElement.blur()");
        await Assertions.Expect(label).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_finder_leads_from_a_former_name_to_the_merged_municipality_by_keyboard_alone_on_a_phone()
    {
        var page = await OpenAsync(375, 740);
        await GoAsync(page, "/gemeenten/");
        await Assertions.Expect(page.Locator(Map)).ToBeHiddenAsync(); // On a phone the finder is the way in, not the map.

        var finder = page.GetByRole(AriaRole.Combobox, new() { Name = "Zoek je gemeente" });
        for (var i = 0; i < 40 && !await finder.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Assertions.Expect(finder).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Kruibeke");
        var options = page.GetByRole(AriaRole.Listbox, new() { Name = "Gemeenten" }).GetByRole(AriaRole.Option);
        await Assertions.Expect(options.First).ToHaveTextAsync("Kruibeke (nu Beveren-Kruibeke-Zwijndrecht)");
        await Assertions.Expect(finder).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 gemeenten gevonden.");

        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(finder).ToHaveAttributeAsync("aria-activedescendant", await options.First.GetAttributeAsync("id") ?? "");
        var violations = await BrowserFixture.AccessibilityViolationsAsync(page);
        Assert.True(violations.Count == 0, "the finder with its suggestions open:\n" + string.Join('\n', violations));

        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Beveren-Kruibeke-Zwijndrecht");
        Assert.Equal("/gemeenten/beveren-kruibeke-zwijndrecht/", SitePath(page));
    }

    [Fact]
    public async Task Without_JavaScript_the_finder_stays_hidden_and_the_A_to_Z_list_names_former_municipalities_too()
    {
        var page = await OpenAsync(375, 740, javaScript: false);
        await GoAsync(page, "/gemeenten/");

        await Assertions.Expect(page.Locator("#gemeentezoeker")).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Kruibeke (nu Beveren-Kruibeke-Zwijndrecht)" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Beveren-Kruibeke-Zwijndrecht");
    }
}
