namespace Samenleven.Tests.Browser;

/// <summary>The real site opens in Chromium and its home page passes axe.</summary>
[Collection(BrowserTests.Name)]
public sealed class SmokeTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_home_page_opens_in_Dutch_and_has_no_WCAG_violations()
    {
        var page = await fixture.NewPageAsync();

        var response = await page.GotoAsync(fixture.Host.Url("/"));

        Assert.Equal(200, response!.Status);
        Assert.Equal("nl", await page.GetAttributeAsync("html", "lang"));
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
    }
}
