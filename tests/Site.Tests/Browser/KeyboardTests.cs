using Microsoft.Playwright;

namespace Samenleven.Tests.Browser;

/// <summary>
/// Keyboard only: the skip link comes first and works, every focusable element shows that it has focus, Tab reaches
/// everything and lets go again (no trap), and a reader can travel from the home page to a municipality by keys alone.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class KeyboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    // A label for the focused element and the viewport rectangle around it (with room for a focus ring outside it), and
    // its look: its tag and classes and those of its parent and grandparent, which decide the CSS rules its focus gets.
    private const string ActiveElement = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          e.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
          const r = e.getBoundingClientRect();
          const name = (e.getAttribute('aria-label') || e.querySelector?.('title')?.textContent || e.textContent || e.getAttribute('placeholder') || e.id || '').trim().replace(/\s+/g, ' ').slice(0, 60);
          const look = [e, e.parentElement, e.parentElement?.parentElement].map(x => x ? `${x.tagName.toLowerCase()}.${x.getAttribute('class') ?? ''}` : '').join(' < ');
          return { label: `${e.tagName.toLowerCase()} "${name}"`, look, x: r.left, y: r.top, width: r.width, height: r.height };
        }
        """;

    /// <summary>
    /// How many elements of the same look are checked for a visible focus: the rest get the same CSS. The municipality
    /// index has 285 map areas and 300 list links; comparing screenshots of each would take minutes.
    /// </summary>
    private const int ChecksPerLook = 3;

    public static TheoryData<string> KindsWithManyControls => ["home", "practice", "municipalities", "municipality", "service", "paged-list"];

    [Theory]
    [MemberData(nameof(SitePages.AllKinds), MemberType = typeof(SitePages))]
    public async Task The_first_Tab_reaches_a_visible_skip_link_that_moves_focus_to_the_content(string kind)
    {
        var page = await OpenKindAsync(kind, 375, 740);

        await page.Keyboard.PressAsync("Tab");

        var skip = page.Locator(":focus");
        await Assertions.Expect(skip).ToHaveTextAsync("Naar de inhoud");
        var box = await skip.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y >= 0 && box.Height >= 24 && box.Width >= 24, $"the focused skip link is on screen and large enough: {box.X},{box.Y} {box.Width}x{box.Height}");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("inhoud", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('main').contains(document.activeElement)"), "after the skip link, Tab continues inside the main content");
    }

    [Theory]
    [MemberData(nameof(KindsWithManyControls))]
    public async Task Every_focusable_element_shows_visible_focus_and_Tab_never_gets_stuck(string kind)
    {
        var page = await OpenAsync(1280, 900);
        await GoAsync(page, SitePages.PathOf(Fixture, kind));
        var focusable = await page.EvaluateAsync<int>("""
            [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
              .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden').length
            """);

        var seen = new List<string>();
        var invisible = new List<string>();
        var checkedLooks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < focusable + 3; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var active = await page.EvaluateAsync<FocusedElement?>(ActiveElement);
            if (active is null)
            {
                break; // Focus left the page for the browser's own controls: the end of the tab order.
            }

            seen.Add(active.Label);
            if ((checkedLooks[active.Look] = checkedLooks.GetValueOrDefault(active.Look) + 1) <= ChecksPerLook && !await ShowsFocusAsync(page, active))
            {
                invisible.Add(active.Label);
            }
        }

        Assert.True(invisible.Count == 0, $"{kind}: no visible change when these get focus:\n{string.Join("\n", invisible)}");
        Assert.True(seen.Count >= focusable, $"{kind}: Tab reached {seen.Count} of {focusable} focusable elements:\n{string.Join("\n", seen)}");
        Assert.True(seen.Count <= focusable, $"{kind}: Tab did not let go after the last element (a keyboard trap):\n{string.Join("\n", seen)}");
    }

    [Fact]
    public async Task Shift_Tab_walks_back_the_same_way()
    {
        var page = await OpenAsync(1280, 900);
        await GoAsync(page, "/");
        var forward = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            forward.Add((await page.EvaluateAsync<FocusedElement>(ActiveElement)).Label);
        }

        var backward = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            await page.Keyboard.PressAsync("Shift+Tab");
            backward.Add((await page.EvaluateAsync<FocusedElement>(ActiveElement)).Label);
        }

        Assert.Equal(forward.Take(7).Reverse(), backward);
    }

    [Fact]
    public async Task A_reader_reaches_a_municipality_from_the_home_page_with_the_keyboard_alone()
    {
        var page = await OpenAsync(1280, 900);
        await GoAsync(page, "/");

        await TabToAsync(page, "a", "Gemeenten");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gemeenten");

        // Past the map, whose areas are links too, into the A–Z list.
        await TabToAsync(page, "a", "Naar de lijst van alle gemeenten per provincie");
        await page.Keyboard.PressAsync("Enter");
        var name = await TabToAsync(page, ".municipality-list a", null);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
    }

    /// <summary>Presses Tab until an element matching the selector (and text, when given) has focus; returns its text.</summary>
    private static async Task<string> TabToAsync(IPage page, string selector, string? text)
    {
        for (var i = 0; i < 400; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var match = await page.EvaluateAsync<string?>(
                "([selector, text]) => { const e = document.activeElement; return e && e.matches(selector) && (text === null || e.textContent.trim() === text) ? e.textContent.trim() : null; }",
                new object?[] { selector, text });
            if (match is not null)
            {
                return match;
            }
        }

        Assert.Fail($"Tab never reached {selector} \"{text}\"");
        return "";
    }

    /// <summary>Compares the pixels around the element with focus and without: a visible focus indicator changes them.</summary>
    private static async Task<bool> ShowsFocusAsync(IPage page, FocusedElement element)
    {
        var viewport = page.ViewportSize!; // Every test page is opened with a viewport.
        const int Margin = 8;
        if (element.Width <= 0 || element.Height <= 0 || element.Y >= viewport.Height || element.Y + element.Height <= 0)
        {
            return false; // Focus on something that is not on screen cannot be seen.
        }

        var x = Math.Max(0, element.X - Margin);
        var y = Math.Max(0, element.Y - Margin);
        var clip = new Clip
        {
            X = (float)x,
            Y = (float)y,
            Width = (float)Math.Max(1, Math.Min(viewport.Width - x, element.Width + 2 * Margin)),
            Height = (float)Math.Max(1, Math.Min(viewport.Height - y, element.Height + 2 * Margin)),
        };
        var focused = await page.ScreenshotAsync(new() { Clip = clip, Animations = ScreenshotAnimations.Disabled });
        await page.EvaluateAsync("window.__focused = document.activeElement; document.activeElement.blur()");
        var blurred = await page.ScreenshotAsync(new() { Clip = clip, Animations = ScreenshotAnimations.Disabled });
        await page.EvaluateAsync("window.__focused.focus()");
        return !focused.AsSpan().SequenceEqual(blurred);
    }

    // A class with setters: Playwright fills evaluation results through a parameterless constructor.
    private sealed class FocusedElement
    {
        public string Label { get; set; } = "";

        public string Look { get; set; } = "";

        public double X { get; set; }

        public double Y { get; set; }

        public double Width { get; set; }

        public double Height { get; set; }
    }
}
