using Samenleven.Tests.Support;

namespace Samenleven.Tests.Hostile;

/// <summary>No crash reaches a contributor: what breaks a parser becomes a diagnostic with its place.</summary>
public sealed class ParserAttackTests
{
    private static string Practice(string frontMatterExtra = "", string body = "Tekst.\n", string title = "Praktijk") => $"""
        ---
        title: "{title}"
        summary: Een samenvatting.
        gemeenten: [leuven]
        themas: [werk]
        toegevoegd: 2026-02-01
        {frontMatterExtra}
        ---
        {body}
        """;

    [Fact]
    public async Task An_unclosed_list_followed_by_another_key_is_a_syntax_error_at_the_bracket()
    {
        using var site = await HostileProject.CreateAsync();
        site.Write("input/praktijken/tikfout.md", "---\ntitle: Tikfout\nsummary: Een tikfout.\ngemeenten: [leuven\nthemas: [werk]\ntoegevoegd: 2026-02-01\n---\nTekst.\n");

        var run = await site.BuildRefusedAsync();

        Assert.Contains("input/praktijken/tikfout.md:4:", run.Errors, StringComparison.Ordinal);
        Assert.Contains("error SID0001: YAML syntax error", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_control_character_in_a_title_is_refused_with_its_place_instead_of_breaking_the_feed()
    {
        using var site = await HostileProject.CreateAsync();
        site.Write("input/praktijken/bel.md", Practice(title: "Samen\\aleven"));

        var run = await site.BuildRefusedAsync();

        Assert.Contains("input/praktijken/bel.md:2:8: error SID0023: 'title' contains the invisible control character U+0007 at character 6", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_control_character_in_the_text_is_refused_at_its_line_and_column()
    {
        using var site = await HostileProject.CreateAsync();
        site.Write("input/praktijken/bel.md", Practice(body: "Eerste regel.\n\nTweede\u0001regel."));

        var run = await site.BuildRefusedAsync();

        Assert.Contains("input/praktijken/bel.md:11:7: error SID0023:", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(200, 0)]
    [InlineData(0, 150)]
    public async Task Markdown_nested_too_deeply_is_refused_not_a_crash(int quotes, int listLevels)
    {
        using var site = await HostileProject.CreateAsync();
        var body = quotes > 0
            ? new string('>', quotes) + " diep\n"
            : string.Concat(Enumerable.Range(0, listLevels).Select(i => new string(' ', 2 * i) + "- item\n"));
        site.Write("input/praktijken/diep.md", Practice(body: body));

        var run = await site.BuildRefusedAsync();

        Assert.Contains("input/praktijken/diep.md:", run.Errors, StringComparison.Ordinal);
        Assert.Contains("error SID0025: lists or quotes are nested too deeply", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Yaml_nested_a_hundred_thousand_levels_deep_is_refused_in_a_real_process_without_a_stack_overflow()
    {
        using var site = await HostileProject.CreateAsync();
        site.Write("input/praktijken/diep.md", Practice(frontMatterExtra: "x: " + new string('[', 100_000)));

        var run = await Generator.RunAsync(site.Root, new Dictionary<string, string>(), "check");

        Assert.True(run.ExitCode == 1, $"exit code {run.ExitCode}:\n{run.Errors}");
        Assert.Contains("input/praktijken/diep.md:7:1: error SID0025: the YAML nests more than 32 levels deep", run.Errors, StringComparison.Ordinal);
        site.AssertOutputUnchanged();
    }

    [Theory]
    [InlineData("x:\n" + "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - x")]
    public async Task Yaml_nested_by_compact_sequences_is_refused_at_its_line(string extra)
    {
        using var site = await HostileProject.CreateAsync();
        site.Write("input/praktijken/diep.md", Practice(frontMatterExtra: extra));

        var run = await site.BuildRefusedAsync();

        Assert.Contains("input/praktijken/diep.md:8:1: error SID0025:", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_yaml_alias_bomb_stays_bounded_and_is_refused()
    {
        using var site = await HostileProject.CreateAsync();
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]";
        site.Write("input/praktijken/bom.md", Practice(frontMatterExtra: bomb));

        var run = await site.BuildRefusedAsync();

        Assert.Contains("input/praktijken/bom.md:7:1: error SID0003: unknown key 'a'", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "SID0013")]
    [InlineData("[klik](javascript:alert(1))", "SID0014")]
    [InlineData("[klik](JaVaScRiPt:alert(1))", "SID0014")]
    [InlineData("[klik](  javascript:alert(1))", "SID0014")]
    [InlineData("[klik](data:text/html;base64,PHNjcmlwdD4=)", "SID0014")]
    [InlineData("![](/afbeeldingen/x.png)", "SID0015")]
    public async Task Raw_HTML_and_script_links_stay_refused_with_their_line(string body, string code)
    {
        using var site = await HostileProject.CreateAsync();
        site.Write("input/praktijken/aanval.md", Practice(body: body));

        var run = await site.BuildRefusedAsync();

        Assert.Contains($"input/praktijken/aanval.md:9:1: error {code}:", run.Errors, StringComparison.Ordinal);
    }
}
