using Microsoft.Playwright;

namespace Samenleven.Tests.Browser;

/// <summary>On a phone: no sideways scrolling down to 320 px (WCAG 1.4.10) and targets large enough to tap (WCAG 2.5.8).</summary>
[Collection(BrowserTests.Name)]
public sealed class PhoneTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, int> KindsAndWidths
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var kind in SitePages.Kinds)
            {
                data.Add(kind, 375);
                data.Add(kind, 320);
            }

            return data;
        }
    }

    /// <summary>
    /// Targets under 24×24 CSS px, apart from what WCAG 2.5.8 allows: links inside a sentence, targets with 24 px of room
    /// around their centre, and the map's areas, whose equivalent is the A–Z list right below the map.
    /// </summary>
    private const string SmallTargets = """
        () => {
          const targets = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
            .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('.visually-hidden'));
          const boxes = targets.map(e => e.getBoundingClientRect());
          const inSentence = e => {
            if (getComputedStyle(e).display !== 'inline') return false;
            const block = e.parentElement.closest('p, li, dd, td, th, address, figcaption, span.count') || e.parentElement;
            return block.textContent.replace(/\s+/g, '').length > e.textContent.replace(/\s+/g, '').length;
          };
          const roomy = i => {
            const b = boxes[i], cx = b.left + b.width / 2, cy = b.top + b.height / 2;
            return boxes.every((o, j) => j === i || cx + 12 <= o.left || cx - 12 >= o.right || cy + 12 <= o.top || cy - 12 >= o.bottom);
          };
          return targets.flatMap((e, i) => {
            const b = boxes[i];
            if ((b.width >= 24 && b.height >= 24) || e.closest('svg.kaart__svg') || inSentence(e) || roomy(i)) return [];
            return [`${e.tagName.toLowerCase()} "${e.textContent.trim().slice(0, 50)}" ${Math.round(b.width)}x${Math.round(b.height)}`];
          });
        }
        """;

    [Theory]
    [MemberData(nameof(KindsAndWidths))]
    public async Task A_page_never_scrolls_sideways(string kind, int width)
    {
        var page = await OpenKindAsync(kind, width, 740);

        var overflow = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')]
              .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > document.documentElement.clientWidth + 0.5 || r.left < -0.5) && !e.closest('.visually-hidden, .skip-link'); })
              .slice(0, 10).map(e => `${e.tagName.toLowerCase()}.${e.className} right=${Math.round(e.getBoundingClientRect().right)}`)
            """);

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            $"{kind} at {width} px scrolls sideways; wider than the screen:\n{string.Join("\n", overflow)}");
    }

    [Theory]
    [MemberData(nameof(SitePages.AllKinds), MemberType = typeof(SitePages))]
    public async Task Every_target_is_at_least_24_by_24_pixels_or_has_room_around_it(string kind)
    {
        var page = await OpenKindAsync(kind, 375, 740);

        var small = await page.EvaluateAsync<string[]>(SmallTargets);

        Assert.True(small.Length == 0, $"{kind}: targets too small to tap:\n{string.Join("\n", small)}");
    }

    [Fact]
    public async Task The_main_controls_are_at_least_44_pixels_high()
    {
        var page = await OpenAsync(375, 740);
        await GoAsync(page, "/");
        await page.GetByText("Menu", new() { Exact = true }).ClickAsync();
        var controls = new List<ILocator>
        {
            page.Locator(".site-nav summary, .site-header__search"),
            page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link),
            page.Locator(".hero-search input, .hero-search button"),
            page.Locator(".theme-grid a"),
            page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link),
        };
        var paged = await OpenAsync(375, 740);
        await GoAsync(paged, SitePages.PathOf(Fixture, "paged-list"));
        controls.Add(paged.GetByRole(AriaRole.Navigation, new() { Name = "Paginering" }).GetByRole(AriaRole.Link));

        var tooSmall = new List<string>();
        foreach (var group in controls)
        {
            foreach (var control in await group.AllAsync())
            {
                var box = await control.BoundingBoxAsync();
                if (box is null || box.Height < 44 || box.Width < 44)
                {
                    tooSmall.Add($"{await control.EvaluateAsync<string>("e => e.outerHTML.slice(0, 80)")}: {box?.Width}x{box?.Height}");
                }
            }
        }

        Assert.True(tooSmall.Count == 0, "main controls under 44×44 px:\n" + string.Join("\n", tooSmall));
    }

    public static TheoryData<string, int, int> KindsOnPhones
    {
        get
        {
            var data = new TheoryData<string, int, int>();
            foreach (var kind in SitePages.Kinds)
            {
                data.Add(kind, 375, 740);
                data.Add(kind, 360, 640);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(KindsOnPhones))]
    public async Task On_a_phone_the_site_header_takes_at_most_15_percent_of_the_first_screen(string kind, int width, int height)
    {
        var page = await OpenKindAsync(kind, width, height);

        var header = await page.Locator(".site-header").BoundingBoxAsync();

        Assert.NotNull(header);
        Assert.True(header.Y + header.Height <= 0.15 * height, $"{kind} at {width}×{height}: the header ends at {header.Y + header.Height} px of {height}");
    }

    [Fact]
    public async Task On_a_phone_the_menu_opens_from_the_keyboard_and_shows_every_section()
    {
        var page = await OpenAsync(375, 740);
        await GoAsync(page, "/");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Thema's" })).ToBeHiddenAsync();

        await page.Locator(".site-nav summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(menu.GetByRole(AriaRole.Link)).ToHaveCountAsync(5);
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Thema's" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Praktijken", await page.EvaluateAsync<string>("document.activeElement.textContent"));
    }

    [Fact]
    public async Task On_a_wide_screen_the_menu_is_always_open_and_needs_no_toggle()
    {
        var page = await OpenAsync(1280, 900);
        await GoAsync(page, "/");

        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });

        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Thema's" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".site-nav summary")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".site-search")).ToBeVisibleAsync();
    }
}
