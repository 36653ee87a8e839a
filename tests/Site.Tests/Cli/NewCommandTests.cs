using Samenleven.Cli;
using Samenleven.Content;
using Samenleven.Loading;
using Samenleven.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Samenleven.Tests.Cli;

/// <summary><c>new praktijk</c>: a file that passes <c>check</c> as written, every key present, nothing overwritten.</summary>
public sealed class NewCommandTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static async Task<CommandRun> New(TestProject site, params string[] args)
    {
        var line = CommandLine.Parse(["new", .. args, "--root", site.Root]);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await NewCommand.RunAsync(line, output, error, Today);
        return new CommandRun(code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Given_a_title_municipality_and_theme_when_run_then_it_writes_a_practice_that_passes_check()
    {
        using var site = TestProject.Create("");

        var run = await New(site, "praktijk", "Ik kom van ver: taalcafé!", "--gemeente", "kortrijk", "--thema", "taal-en-communicatie,werk");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("input/praktijken/ik-kom-van-ver-taalcafe.md", run.Output, StringComparison.Ordinal);
        var check = await site.RunAsync("check");
        Assert.True(check.ExitCode == 0, check.Errors);
        await site.BuildAsync();
        site.AssertPage("praktijken/ik-kom-van-ver-taalcafe/index.html", "Ik kom van ver: taalcaf&#xE9;!", "<h2 id=\"succesfactoren\">Succesfactoren</h2>");
    }

    [Fact]
    public async Task The_new_file_has_every_key_of_the_content_model_in_order_the_optional_ones_commented_out()
    {
        using var site = TestProject.Create("");
        await New(site, "praktijk", "Buurtpraat", "--gemeente", "leuven", "--thema", "werk");
        var text = File.ReadAllText(Path.Combine(site.Root, "input/praktijken/buurtpraat.md"));
        var frontMatter = FrontMatter.Split(text, out _)!;

        // Uncommenting every "# key:" line gives YAML with all keys: the set a contributor can fill in.
        var uncommented = string.Join('\n', frontMatter.Yaml.Split('\n').Select(l => l.StartsWith("# ", StringComparison.Ordinal) ? l[2..] : l));
        var stream = new YamlStream();
        stream.Load(new StringReader(uncommented));
        var keys = ((YamlMappingNode)stream.Documents[0].RootNode).Children.Keys.Select(k => ((YamlScalarNode)k).Value ?? "").ToArray();
        Assert.Equal(FrontMatterKeys.Practice.ToArray(), keys);

        var active = new YamlStream();
        active.Load(new StringReader(frontMatter.Yaml));
        var activeKeys = ((YamlMappingNode)active.Documents[0].RootNode).Children.Keys.Select(k => ((YamlScalarNode)k).Value ?? "").ToArray();
        Assert.Equal(new[] { "title", "summary", "gemeenten", "themas", "toegevoegd" }, activeKeys);
        Assert.Contains("toegevoegd: 2026-11-23", text, StringComparison.Ordinal);

        var headings = frontMatter.Body.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["## Wat?", "## Voor wie?", "## Aanpak", "## Resultaten", "## Evaluatie", "## Succesfactoren", "## Leerpunten"], headings);
    }

    [Fact]
    public async Task An_unknown_municipality_or_theme_is_refused_with_a_suggestion_and_nothing_is_written()
    {
        using var site = TestProject.Create("");

        var run = await New(site, "praktijk", "Buurtpraat", "--gemeente", "kortrjik", "--thema", "Onthaal nieuwkomers");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unknown municipality 'kortrjik': did you mean 'kortrijk'?", run.Errors, StringComparison.Ordinal);
        Assert.Contains("unknown theme 'Onthaal nieuwkomers': did you mean 'onthaal-nieuwkomers'?", run.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Root, "input/praktijken/buurtpraat.md")));
    }

    [Fact]
    public async Task A_municipality_written_as_its_name_gets_the_slug_suggested()
    {
        using var site = TestProject.Create("");

        var run = await New(site, "praktijk", "Buurtpraat", "--gemeente", "Heist-op-den-Berg", "--thema", "werk");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("did you mean 'heist-op-den-berg'?", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_former_municipality_is_accepted_as_check_accepts_it()
    {
        using var site = TestProject.Create("");

        var run = await New(site, "praktijk", "Buurtpraat", "--gemeente", "kruibeke", "--thema", "werk");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, (await site.RunAsync("check")).ExitCode);
    }

    [Fact]
    public async Task An_existing_file_is_never_overwritten()
    {
        using var site = TestProject.Create("""
            -- input/praktijken/buurtpraat.md --
            mijn werk van een hele dag
            """);

        var run = await New(site, "praktijk", "Buurtpraat", "--gemeente", "leuven", "--thema", "werk");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/praktijken/buurtpraat.md already exists", run.Errors, StringComparison.Ordinal);
        Assert.Equal("mijn werk van een hele dag\n", File.ReadAllText(Path.Combine(site.Root, "input/praktijken/buurtpraat.md")));
    }

    [Theory]
    [InlineData("praktijk")]
    [InlineData("dienst", "Titel")]
    public async Task Missing_or_wrong_words_print_the_usage(params string[] args)
    {
        using var site = TestProject.Create("");

        var run = await New(site, [.. args, "--gemeente", "leuven", "--thema", "werk"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage: new praktijk", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_than_three_themes_are_refused()
    {
        using var site = TestProject.Create("""
            -- data/themas.yml --
            - {slug: a, title: A, description: A.}
            - {slug: b, title: B, description: B.}
            - {slug: c, title: C, description: C.}
            - {slug: d, title: D, description: D.}
            """);

        var run = await New(site, "praktijk", "Veel", "--gemeente", "leuven", "--thema", "a,b,c,d");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("at most 3 themes", run.Errors, StringComparison.Ordinal);
    }
}
