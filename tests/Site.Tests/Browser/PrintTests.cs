using Microsoft.Playwright;

namespace Samenleven.Tests.Browser;

/// <summary>Printed, a practice is its text and its facts: no navigation, search or footer, and external links show where they go.</summary>
[Collection(BrowserTests.Name)]
public sealed class PrintTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("practice")]
    [InlineData("service")]
    public async Task A_printed_page_keeps_the_content_and_drops_the_clutter(string kind)
    {
        var page = await OpenKindAsync(kind, 800, 1100);

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Kruimelpad" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Search)).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Contentinfo)).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".skip-link")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".print-source")).ToContainTextAsync("https://");
    }

    [Fact]
    public async Task The_key_facts_print_as_one_bordered_block_and_external_links_print_their_address()
    {
        var page = await OpenKindAsync("practice", 800, 1100);
        await page.EvaluateAsync("""
            () => {
              const a = document.createElement('a');
              a.href = 'https://www.vvsg.be/';
              a.textContent = 'VVSG';
              a.id = 'extern';
              document.querySelector('.practice__body').append(a);
            }
            """);

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var facts = page.GetByRole(AriaRole.Region, new() { Name = "Kerngegevens" });
        await Assertions.Expect(facts).ToBeVisibleAsync();
        Assert.Equal("solid", await facts.EvaluateAsync<string>("e => getComputedStyle(e).borderTopStyle"));
        Assert.Equal("avoid", await facts.EvaluateAsync<string>("e => getComputedStyle(e).breakInside"));
        var after = await page.EvaluateAsync<string>("getComputedStyle(document.getElementById('extern'), '::after').content");
        Assert.Equal("\" (https://www.vvsg.be/)\"", after);
    }
}
