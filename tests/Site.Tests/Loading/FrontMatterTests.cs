using Samenleven.Loading;

namespace Samenleven.Tests.Loading;

public sealed class FrontMatterTests
{
    [Fact]
    public void The_front_matter_and_body_are_split_with_their_first_lines()
    {
        var split = FrontMatter.Split("---\ntitle: X\nsummary: Y\n---\n## Wat?\n", out _);

        Assert.NotNull(split);
        Assert.Equal("title: X\nsummary: Y\n", split.Yaml.Replace("\r", "", StringComparison.Ordinal));
        Assert.Equal(2, split.YamlFirstLine);
        Assert.Equal(5, split.BodyFirstLine);
        Assert.StartsWith("## Wat?", split.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_are_accepted()
    {
        var split = FrontMatter.Split("\uFEFF---\r\ntitle: X\r\n---\r\nTekst\r\n", out _);

        Assert.NotNull(split);
        Assert.Contains("title: X", split.Yaml, StringComparison.Ordinal);
        Assert.Contains("Tekst", split.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_front_matter_is_an_error_on_line_one()
    {
        var split = FrontMatter.Split("title: X\n", out var error);

        Assert.Null(split);
        Assert.Equal(1, error.Line);
        Assert.Contains("---", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_front_matter_is_an_error()
    {
        var split = FrontMatter.Split("---\ntitle: X\nTekst\n", out var error);

        Assert.Null(split);
        Assert.NotEmpty(error.Message);
    }
}
