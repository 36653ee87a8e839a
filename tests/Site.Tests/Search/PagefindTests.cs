using Samenleven.Search;

namespace Samenleven.Tests.Search;

/// <summary>The pure description of how the site runs Pagefind.</summary>
public sealed class PagefindTests
{
    [Theory]
    [InlineData("pagefind-ui.js")]
    [InlineData("pagefind-ui.css")]
    [InlineData("pagefind-modular-ui.js")]
    [InlineData("pagefind-component-ui.css")]
    [InlineData("pagefind-highlight.js")]
    [InlineData("wasm.unknown.pagefind")]
    public void The_stock_interfaces_and_the_language_less_wasm_are_left_out(string file) => Assert.True(Pagefind.IsUnused(file));

    [Theory]
    [InlineData("pagefind.js")]
    [InlineData("pagefind-worker.js")]
    [InlineData("pagefind-entry.json")]
    [InlineData("wasm.nl.pagefind")]
    [InlineData("pagefind.nl_56b545977d.pf_meta")]
    [InlineData("nl_7348fc1.pf_index")]

    [InlineData("woorden.json")]
    public void What_the_search_page_loads_stays(string file) => Assert.False(Pagefind.IsUnused(file));
}
