using System.Text;
using System.Text.RegularExpressions;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Rendering;

/// <summary>
/// Each render worker reuses one text buffer and one byte buffer for every page it writes. A long page with accents and
/// emoji must come out whole and valid, and the pages written after it must hold nothing of it.
/// </summary>
public sealed class PageBytesTests
{
    // About 60,000 characters: more than the buffer starts with, so the text arrives in several pieces.
    private static readonly string LongParagraph = string.Concat(Enumerable.Repeat("Één ontmoeting per week 😀 in het café. ", 1500)).TrimEnd();

    [Fact]
    public async Task A_long_page_outside_ascii_is_written_whole_and_the_pages_after_it_hold_nothing_of_it()
    {
        var practices = string.Concat(Enumerable.Range(1, 30).Select(i => $"""
            -- input/praktijken/kort-{i:00}.md --
            ---
            title: Kort {i}
            summary: Een korte praktijk.
            gemeenten: [leuven]
            themas: [werk]
            toegevoegd: 2026-02-01
            ---
            Een korte tekst.

            """));
        using var site = TestSite.Create($"""
            -- input/praktijken/a-lang.md --
            ---
            title: Lang
            summary: Een lange praktijk met tekens buiten ASCII.
            gemeenten: [leuven]
            themas: [werk]
            toegevoegd: 2026-02-01
            ---
            {LongParagraph}

            {practices}
            """);

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        var bytes = site.Bytes("praktijken/a-lang/index.html");
        Assert.True(System.Text.Unicode.Utf8.IsValid(bytes));
        Assert.Contains($"<p>{LongParagraph}</p>", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, 30), i =>
        {
            var page = site.Bytes($"praktijken/kort-{i:00}/index.html");
            Assert.True(System.Text.Unicode.Utf8.IsValid(page));
            var text = Encoding.UTF8.GetString(page);
            Assert.Single(Regex.Matches(text, "<html"));
            Assert.EndsWith("</html>", text.TrimEnd(), StringComparison.Ordinal);
            Assert.DoesNotContain("😀", text, StringComparison.Ordinal);
        });
    }
}
