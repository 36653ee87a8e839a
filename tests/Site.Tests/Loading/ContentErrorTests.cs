using Samenleven.Tests.Support;

namespace Samenleven.Tests.Loading;

/// <summary>Bad content: every problem reported at its place, all at once, exit code 1, previous output untouched.</summary>
public sealed class ContentErrorTests
{
    private const string GoodPractice = """
        -- input/praktijken/goed.md --
        ---
        title: Een goede praktijk
        summary: Alles klopt hier.
        gemeenten: [leuven]
        themas: [werk]
        toegevoegd: 2026-02-01
        ---
        Tekst.

        """;

    private static async Task<CommandRun> Build(string files)
    {
        using var site = TestSite.Create(files);
        return await site.BuildAsync();
    }

    [Fact]
    public async Task A_typo_in_a_municipality_theme_or_target_group_names_the_line_and_suggests_the_closest_slug()
    {
        var run = await Build("""
            -- input/praktijken/typo.md --
            ---
            title: Typo
            summary: Drie tikfouten.
            gemeenten: [leuven, kortrjik]
            themas: [wrek]
            doelgroepen: [jongren]
            toegevoegd: 2026-02-01
            ---
            Tekst.
            """);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/praktijken/typo.md:4:21: error SID0008: unknown municipality 'kortrjik' in 'gemeenten': did you mean 'kortrijk'?", run.Errors, StringComparison.Ordinal);
        Assert.Contains("input/praktijken/typo.md:5:10: error SID0008: unknown theme 'wrek'", run.Errors, StringComparison.Ordinal);
        Assert.Contains("did you mean 'werk'?", run.Errors, StringComparison.Ordinal);
        Assert.Contains("input/praktijken/typo.md:6:15: error SID0008: unknown target group 'jongren'", run.Errors, StringComparison.Ordinal);
        Assert.Contains("3 error(s)", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_required_keys_and_unknown_keys_are_reported_together()
    {
        var run = await Build("""
            -- input/praktijken/onvolledig.md --
            ---
            titel: Onvolledig
            gemeenten: [leuven]
            themas: [werk]
            ---
            Tekst.
            """);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/praktijken/onvolledig.md:2:1: error SID0003: unknown key 'titel': did you mean 'title'?", run.Errors, StringComparison.Ordinal);
        Assert.Contains("missing required key 'title'", run.Errors, StringComparison.Ordinal);
        Assert.Contains("missing required key 'summary'", run.Errors, StringComparison.Ordinal);
        Assert.Contains("missing required key 'toegevoegd'", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_YAML_syntax_error_points_at_the_line_in_the_file_not_in_the_front_matter()
    {
        var run = await Build("""
            -- input/praktijken/kapot.md --
            ---
            title: "niet afgesloten
            summary: x
            ---
            Tekst.
            """);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"input/praktijken/kapot\.md:[23]:\d+: error SID0001: YAML syntax error", run.Errors);
    }

    [Fact]
    public async Task Invalid_dates_emails_summaries_and_years_are_errors()
    {
        var run = await Build($"""
            -- input/praktijken/waarden.md --
            ---
            title: Waarden
            summary: {new string('x', 301)}
            gemeenten: [leuven]
            themas: [werk]
            jaar: tweeduizend
            status: bezig
            contact:
              email: geen-adres
            toegevoegd: 2026-02-30
            ---
            Tekst.
            """);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("waarden.md:3:", run.Errors, StringComparison.Ordinal); // summary too long
        Assert.Contains("300", run.Errors, StringComparison.Ordinal);
        Assert.Contains("waarden.md:6:", run.Errors, StringComparison.Ordinal); // jaar
        Assert.Contains("waarden.md:7:", run.Errors, StringComparison.Ordinal); // status
        Assert.Contains("waarden.md:9:", run.Errors, StringComparison.Ordinal); // email
        Assert.Contains("'geen-adres' is not a valid e-mail address", run.Errors, StringComparison.Ordinal);
        Assert.Contains("waarden.md:10:13: error SID0005: 'toegevoegd' must be a date", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_HTML_script_and_javascript_links_are_rejected_and_never_reach_a_page()
    {
        using var site = TestSite.Create("""
            -- input/praktijken/aanval.md --
            ---
            title: Aanval
            summary: Probeert script in te voegen.
            gemeenten: [leuven]
            themas: [werk]
            toegevoegd: 2026-02-01
            ---
            <script>alert(1)</script>

            [klik](javascript:alert(1))

            ![](/afbeeldingen/foto.png)
            """);

        var run = await site.BuildAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/praktijken/aanval.md:8:1: error SID0013: raw HTML is not allowed", run.Errors, StringComparison.Ordinal);
        Assert.Contains("input/praktijken/aanval.md:10:1: error SID0014: link 'javascript:alert(1)'", run.Errors, StringComparison.Ordinal);
        Assert.Contains("input/praktijken/aanval.md:12:1: error SID0015: image '/afbeeldingen/foto.png' has no alt text", run.Errors, StringComparison.Ordinal);
        Assert.Empty(site.Written());
    }

    [Fact]
    public async Task HTML_in_front_matter_is_rejected()
    {
        var run = await Build("""
            -- input/praktijken/kop.md --
            ---
            title: "<img src=x onerror=alert(1)>"
            summary: Gewoon.
            gemeenten: [leuven]
            themas: [werk]
            toegevoegd: 2026-02-01
            ---
            Tekst.
            """);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/praktijken/kop.md:2:", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_name_that_is_not_a_slug_is_an_error_with_a_suggestion()
    {
        var run = await Build("""
            -- input/praktijken/Mijn Praktijk.md --
            ---
            title: Mijn praktijk
            summary: Slechte bestandsnaam.
            gemeenten: [leuven]
            themas: [werk]
            toegevoegd: 2026-02-01
            ---
            Tekst.
            """);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/praktijken/Mijn Praktijk.md:1:1: error SID0011: the file name 'Mijn Praktijk' is not a valid slug", run.Errors, StringComparison.Ordinal);
        Assert.Contains("'mijn-praktijk.md'", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_pages_on_one_address_is_an_error_at_the_offending_key()
    {
        var run = await Build(GoodPractice + """
            -- input/praktijken/oud.md --
            ---
            title: Oud
            summary: Neemt het adres van een andere praktijk over.
            gemeenten: [leuven]
            themas: [werk]
            toegevoegd: 2026-02-01
            aliases: [/praktijken/goed/]
            ---
            Tekst.
            """);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/praktijken/oud.md:7:11: error SID0018: alias /praktijken/goed/ is already the address of input/praktijken/goed.md", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_page_cannot_take_the_address_of_a_generated_page()
    {
        var run = await Build("""
            -- input/praktijken.md --
            ---
            title: Praktijken
            summary: Botst met de lijst.
            ---
            Tekst.
            """);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/praktijken.md:1:1: error SID0018: two pages would be written to /praktijken/", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_build_leaves_the_previous_output_untouched()
    {
        using var site = TestProject.Create(GoodPractice);
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var before = site.Page("praktijken/goed/index.html");

        site.Write("input/praktijken/goed.md", "---\ntitle: Kapot\n---\n");
        var run = await site.BuildAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the previous output is unchanged", run.Errors, StringComparison.Ordinal);
        Assert.Equal(before, site.Page("praktijken/goed/index.html"));
        Assert.Equal(["output"], Directory.EnumerateDirectories(site.Root, "output*").Select(Path.GetFileName));
    }

    [Fact]
    public async Task Check_validates_everything_and_writes_nothing()
    {
        using var site = TestProject.Create(GoodPractice);

        var run = await site.RunAsync("check");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Check passed", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public async Task Check_fails_with_the_same_errors_as_build()
    {
        using var site = TestSite.Create("""
            -- input/praktijken/fout.md --
            ---
            title: Fout
            summary: Onbekend thema.
            gemeenten: [leuven]
            themas: [onbestaand]
            toegevoegd: 2026-02-01
            ---
            Tekst.
            """);

        var check = await site.CheckAsync();
        var build = await site.BuildAsync();

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("input/praktijken/fout.md:5:10: error SID0008: unknown theme 'onbestaand'", check.Errors, StringComparison.Ordinal);
        Assert.Equal(check.Errors.Split('\n')[0], build.Errors.Split('\n')[0]);
    }

    [Fact]
    public async Task A_service_page_with_bad_opening_hours_names_the_line()
    {
        var run = await Build("""
            -- input/gemeenten/leuven/dienst.md --
            ---
            title: Dienst
            summary: Een dienst.
            openingsuren:
              - dagen: [ma, zaterdag]
                uren: ["09:00-12:00", "14:00-13:00", "9u"]
            ---
            Tekst.
            """);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/gemeenten/leuven/dienst.md:5:", run.Errors, StringComparison.Ordinal);
        Assert.Contains("input/gemeenten/leuven/dienst.md:6:", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_page_for_an_unknown_municipality_is_an_error()
    {
        var run = await Build("""
            -- input/gemeenten/leuvne/dienst.md --
            ---
            title: Dienst
            summary: Een dienst.
            ---
            Tekst.
            """);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/gemeenten/leuvne/dienst.md:1:1: error SID0011:", run.Errors, StringComparison.Ordinal);
        Assert.Contains("'leuven'", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("input")]
    [InlineData("data/uit")]
    public async Task An_output_folder_that_would_replace_the_project_or_its_sources_is_refused(string output)
    {
        using var site = TestProject.Create(GoodPractice);

        var run = await site.BuildAsync("--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: the output folder", run.Errors, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Root, "input", "praktijken", "goed.md")), "the content is still there");
        Assert.True(File.Exists(Path.Combine(site.Root, "data", "themas.yml")), "the reference data is still there");
    }

    [Fact]
    public async Task A_province_or_NIS_code_defined_twice_in_the_reference_data_is_an_error_not_a_crash()
    {
        var run = await Build(GoodPractice + """
            -- data/provincies.yml --
            - slug: antwerpen
              naam: Antwerpen
              nis: "10000"
            - slug: antwerpen
              naam: Antwerpen bis
              nis: "10001"
            - slug: vlaams-brabant
              naam: Vlaams-Brabant
              nis: "20001"
            - slug: west-vlaanderen
              naam: West-Vlaanderen
              nis: "30000"
            - slug: oost-vlaanderen
              naam: Oost-Vlaanderen
              nis: "40000"
            """);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("data/provincies.yml:1:1: error SID0019: slug 'antwerpen' is defined 2 times", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_from_another_site_is_refused_because_the_security_policy_would_block_it()
    {
        var run = await Build("""
            -- input/praktijken/extern.md --
            ---
            title: Extern beeld
            summary: Een afbeelding van elders.
            gemeenten: [leuven]
            themas: [werk]
            afbeelding:
              src: https://example.org/foto.jpg
              alt: Een foto
            toegevoegd: 2026-02-01
            ---
            Tekst.
            """);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/praktijken/extern.md:7:8: error SID0010: 'https://example.org/foto.jpg' is not an image of this site", run.Errors, StringComparison.Ordinal);
    }
}
