using Microsoft.Playwright;

namespace Samenleven.Tests.Browser;

/// <summary>axe finds no WCAG 2.1 A or AA violation on any kind of page, on a desktop and on a phone, light and dark.</summary>
[Collection(BrowserTests.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, string> KindsAndViewports
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var kind in SitePages.Kinds)
            {
                data.Add(kind, Viewports.Desktop);
                data.Add(kind, Viewports.Phone);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(KindsAndViewports))]
    public async Task A_page_has_no_WCAG_2_1_AA_violations(string kind, string viewport)
    {
        var (width, height) = Viewports.Size(viewport);
        var page = await OpenKindAsync(kind, width, height);

        var violations = await BrowserFixture.AccessibilityViolationsAsync(page);

        Assert.True(violations.Count == 0, $"{kind} ({viewport}, {SitePath(page)}):\n{string.Join("\n", violations)}");
    }

    [Theory]
    [MemberData(nameof(SitePages.AllKinds), MemberType = typeof(SitePages))]
    public async Task A_page_in_the_dark_colour_scheme_has_no_WCAG_2_1_AA_violations(string kind)
    {
        var page = await OpenKindAsync(kind, 1280, 900, ColorScheme.Dark);

        var violations = await BrowserFixture.AccessibilityViolationsAsync(page);

        Assert.True(violations.Count == 0, $"{kind} (dark, {SitePath(page)}):\n{string.Join("\n", violations)}");
        Assert.Equal("rgb(18, 20, 23)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
    }
}
