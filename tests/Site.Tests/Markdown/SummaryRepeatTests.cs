using Samenleven.Tests.Support;

namespace Samenleven.Tests.Markdown;

/// <summary>The summary sits above the text and on every card: a first paragraph that says it again is a warning in check.</summary>
public sealed class SummaryRepeatTests
{
    private static string Practice(string summary, string body) => $"""
        -- input/praktijken/p.md --
        ---
        title: P
        summary: {summary}
        gemeenten: [leuven]
        themas: [werk]
        toegevoegd: 2026-02-01
        ---
        {body}
        """;

    [Fact]
    public async Task A_first_paragraph_that_repeats_the_summary_is_a_warning_at_its_line_in_check_and_build()
    {
        using var site = TestSite.Create(Practice(
            "Nieuwkomers en buren koken elke week samen in het buurthuis.",
            "## Wat?\n\nElke week koken nieuwkomers en buren samen in het buurthuis, en daarna eten ze samen.\n\nDe tweede alinea."));

        var check = await site.CheckAsync();
        var build = await site.BuildAsync();

        const string Expected = "input/praktijken/p.md:10:1: warning SID0042: the first paragraph repeats the summary";
        Assert.Equal(0, check.ExitCode);
        Assert.Contains(Expected, check.Errors, StringComparison.Ordinal);
        Assert.Equal(0, build.ExitCode);
        Assert.Contains(Expected, build.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nieuwkomers en buren koken elke week samen in het buurthuis.", "Het begon in 2019 met een vraag van het OCMW naar ontmoeting.")]
    [InlineData("Samen koken.", "Samen koken, elke week.")] // Too short a summary to judge.
    [InlineData( // The summary's everyday words come back, but only far into a long paragraph that tells something else.
        "Nieuwkomers en buren koken elke week samen in het buurthuis.",
        "Het project startte in 2019 met een vraag van het OCMW naar meer ontmoeting tussen mensen die elkaar nooit zagen. "
        + "Later kwamen er nieuwkomers bij, en buren die wilden koken; sindsdien is er elke week een moment waarop ze samen eten in het buurthuis.")]
    [InlineData("Nieuwkomers en buren koken elke week samen in het buurthuis.", "## Wat?\n\n- Nieuwkomers en buren koken elke week samen in het buurthuis.")] // A list, not a paragraph.
    public async Task A_text_that_goes_on_from_the_summary_says_nothing(string summary, string body)
    {
        using var site = TestSite.Create(Practice(summary, body));

        var check = await site.CheckAsync();

        Assert.Equal("", check.Errors);
    }
}
