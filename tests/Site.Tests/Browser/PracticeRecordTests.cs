using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Samenleven.Tests.Browser;

/// <summary>
/// A practice with every field and one with the minimum, in a real browser: no WCAG 2.1 AA violation on a desktop, a
/// phone or in the dark, and on paper a clean fiche of at most two A4 pages with its links written out.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class PracticeRecordTests(BrowserFixture browser, RecordSiteFixture site) : IClassFixture<RecordSiteFixture>, IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    public static TheoryData<string, int, int, ColorScheme> PagesAndScreens
    {
        get
        {
            var data = new TheoryData<string, int, int, ColorScheme>();
            foreach (var slug in new[] { "volledig", "de-babbelberg" })
            {
                data.Add(slug, 1280, 900, ColorScheme.Light);
                data.Add(slug, 375, 740, ColorScheme.Light);
                data.Add(slug, 1280, 900, ColorScheme.Dark);
            }

            return data;
        }
    }

    private async Task<IPage> OpenAsync(string slug, int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            Locale = "nl-BE",
        });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(site.Host.Url($"/praktijken/{slug}/"));
        Assert.Equal(200, response?.Status);
        return page;
    }

    [Theory]
    [MemberData(nameof(PagesAndScreens))]
    public async Task A_full_and_a_minimal_record_have_no_WCAG_2_1_AA_violations(string slug, int width, int height, ColorScheme scheme)
    {
        var page = await OpenAsync(slug, width, height, scheme);

        var violations = await BrowserFixture.AccessibilityViolationsAsync(page);

        Assert.True(violations.Count == 0, $"{slug} at {width} px ({scheme}):\n{string.Join("\n", violations)}");
    }

    [Fact]
    public async Task On_a_phone_each_key_fact_reads_as_its_label_above_its_value()
    {
        var page = await OpenAsync("volledig", 375, 740);

        var row = page.Locator(".key-facts__row").Filter(new() { HasText = "Financiering" });
        var label = await row.Locator("dt").BoundingBoxAsync();
        var value = await row.Locator("dd").BoundingBoxAsync();

        Assert.True(label!.Y + label.Height <= value!.Y + 1, $"the label ({label.Y}+{label.Height}) is not above its value ({value.Y})");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
    }

    [Fact]
    public async Task Printed_the_full_record_is_a_fiche_of_at_most_two_A4_pages_without_navigation()
    {
        var page = await OpenAsync("volledig");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })).ToBeHiddenAsync();
        await Expect(page.Locator(".related")).ToBeHiddenAsync();
        await Expect(page.Locator(".key-facts")).ToBeVisibleAsync();
        await Expect(page.Locator(".practice__footer")).ToContainTextAsync("Bronnen");
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = false });

        var pages = PdfPage().Count(Encoding.Latin1.GetString(pdf));
        Assert.InRange(pages, 1, 2);
    }

    [Fact]
    public async Task Printed_links_to_other_sites_and_to_the_attachment_show_their_address()
    {
        var page = await OpenAsync("volledig");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        async Task<string> After(string selector) =>
            await page.Locator(selector).First.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content");

        Assert.Equal("\" (https://example.org/huis)\"", await After(".key-facts a[href='https://example.org/huis']"));
        Assert.Equal("\" (https://example.org/evaluatie)\"", await After(".practice__footer a[href^='https://']"));
        Assert.Contains("/bijlagen/verslag.pdf", await After("a[href$='verslag.pdf']"), StringComparison.Ordinal);
        Assert.Equal("none", await After(".key-facts a[href='/themas/taal-en-communicatie/']")); // Site links: the printed page names its own address.
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PdfPage();
}
