using Samenleven.Tests.Support;
using Samenleven.Tests.Validation.Links;

namespace Samenleven.Tests.Cli;

/// <summary>
/// What <c>check</c> tells an editor beyond errors: <c>--stale</c> lists the records to check again with their
/// municipality, <c>--external</c> finds dead web links (against a local server: there is no internet here).
/// </summary>
public sealed class CheckReportTests
{
    private static string Practice(string slug, string municipality, string extra) => $"""
        -- input/praktijken/{slug}.md --
        ---
        title: {char.ToUpperInvariant(slug[0])}{slug[1..]}
        summary: Een praktijk.
        gemeenten: [{municipality}]
        themas: [werk]
        toegevoegd: 2022-01-01
        {extra}
        ---
        Tekst.

        """;

    [Fact]
    public async Task Check_stale_lists_the_records_never_checked_then_the_longest_ago_with_whom_to_ask()
    {
        using var site = TestProject.Create(
            Practice("recent", "kortrijk", "geverifieerd: 2026-06-01")
            + Practice("oud", "gent", "geverifieerd: 2022-05-01")
            + Practice("ouder", "leuven", "geverifieerd: 2022-03-01")
            + Practice("nooit", "leuven", ""));
        site.Today = new DateOnly(2026, 12, 1);

        var run = await site.RunAsync("check", "--stale");

        Assert.Equal(0, run.ExitCode);
        var report = run.Output[run.Output.IndexOf("3 of 4", StringComparison.Ordinal)..].ReplaceLineEndings("\n");
        Assert.Equal("""
            3 of 4 practices were not checked with their municipality in the last 24 months (since 2024-12-01):
              input/praktijken/nooit.md  never checked  Leuven: Nooit
              input/praktijken/ouder.md  last checked 2022-03-01  Leuven: Ouder
              input/praktijken/oud.md  last checked 2022-05-01  Gent: Oud

            """, report);
        Assert.Contains("input/praktijken/oud.md:7:15: warning SID0041", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("recent.md", run.Errors + report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_stale_check_prints_no_report()
    {
        using var site = TestProject.Create(Practice("nooit", "leuven", ""));

        var run = await site.RunAsync("check");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("were not checked", run.Output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Check_external_warns_about_dead_links_at_their_place_and_a_second_run_asks_the_sites_nothing()
    {
        await using var server = await LinkTestServer.StartAsync();
        using var site = TestProject.Create($"""
            -- input/praktijken/links.md --
            ---
            title: Links
            summary: Een praktijk met links.
            gemeenten: [leuven]
            themas: [werk]
            toegevoegd: 2026-02-01
            links: [{"{"}titel: Weg, url: "{server.Url("/missing")}"{"}"}]
            bronnen: [{"{"}titel: Nota, url: "{server.Url("/ok")}"{"}"}]
            ---
            Zie [de verhuisde pagina]({server.Url("/moved")}) en [een kapotte]({server.Url("/error")}).
            """);

        var plain = await site.RunAsync("check");
        Assert.Equal(0, server.TotalRequests); // Only --external goes out.

        var first = await site.RunAsync("check", "--external");

        Assert.Equal(0, first.ExitCode); // Dead links are warnings: a site elsewhere going down must not block a pull request.
        Assert.Contains($"input/praktijken/links.md:7:27: warning SID0044: link '{server.Url("/missing")}' seems dead: HTTP 404", first.Errors, StringComparison.Ordinal);
        var column = $"Zie [de verhuisde pagina]({server.Url("/moved")}) en ".Length + 1; // The port's digits vary.
        Assert.True(first.Errors.Contains($"input/praktijken/links.md:10:{column}: warning SID0044: link '{server.Url("/error")}' seems dead: HTTP 500", StringComparison.Ordinal), first.Errors);
        Assert.DoesNotContain("/moved'", first.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("/ok'", first.Errors, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Root, ".cache/external-links.json")));

        var asked = server.TotalRequests;
        var second = await site.RunAsync("check", "--external");

        Assert.Equal(first.Errors, second.Errors);
        Assert.Equal(asked, server.TotalRequests);
        Assert.Equal("", plain.Errors);
    }
}
