using Samenleven.Content;
using Samenleven.Markdown;

namespace Samenleven.Tests.Markdown;

public sealed class MarkdownConverterTests
{
    private static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Convert(string markdown, string basePath = "/")
    {
        var diagnostics = new DiagnosticBag();
        var html = new MarkdownConverter(basePath).ToHtml(new MarkdownBody(markdown, 10), "input/praktijken/x.md", diagnostics);
        return (html, diagnostics.Sorted());
    }

    [Fact]
    public void Headings_get_readable_ids_for_links_to_sections()
    {
        var (html, diagnostics) = Convert("## Voor wie?\n\n## Succesfactoren\n");

        Assert.Empty(diagnostics);
        Assert.Contains("<h2 id=\"voor-wie\">Voor wie?</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"succesfactoren\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_links_get_the_base_path_so_the_site_works_under_a_sub_path()
    {
        var (html, _) = Convert("Zie [de lijst](/praktijken/) en [extern](https://example.org/).", "/sub/");

        Assert.Contains("href=\"/sub/praktijken/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_and_bare_web_addresses_are_rendered()
    {
        var (html, _) = Convert("| Dag | Uren |\n| --- | --- |\n| ma | 9-12 |\n\nMeer op https://example.org/info.");

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/info\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_HTML_is_reported_at_its_line_in_the_file_and_is_escaped_in_the_output()
    {
        var (html, diagnostics) = Convert("Tekst\n\n<iframe src=\"https://evil.example\"></iframe>\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(12, error.Line);
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JAVASCRIPT:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[x](vbscript:msgbox)")]
    public void Links_with_dangerous_schemes_are_errors(string markdown)
    {
        var (_, diagnostics) = Convert(markdown);

        Assert.Contains(diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("scheme", StringComparison.Ordinal));
    }

    [Fact]
    public void A_level_one_heading_in_the_body_is_a_warning_because_the_title_is_the_h1()
    {
        var (_, diagnostics) = Convert("# Titel\n");

        Assert.Contains(diagnostics, d => d.Severity == Severity.Warning);
    }
}
