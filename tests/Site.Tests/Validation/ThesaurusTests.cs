using Samenleven.Tests.Support;

namespace Samenleven.Tests.Validation;

/// <summary><c>data/synoniemen.yml</c> as <c>check</c> sees it: every problem at its entry's line, with its code.</summary>
public sealed class ThesaurusTests
{
    [Fact]
    public async Task The_repository_thesaurus_passes_check_with_its_real_themes_and_target_groups()
    {
        using var site = TestSite.Create(string.Concat(new[] { "synoniemen", "themas", "doelgroepen" }.Select(name =>
            $"-- data/{name}.yml --\n{File.ReadAllText(Path.Combine(Repository.Root, "data", name + ".yml"))}\n")));

        var run = await site.CheckAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
    }

    [Fact]
    public async Task Unknown_slugs_duplicates_and_dated_words_that_are_not_search_terms_are_reported_at_their_entry()
    {
        using var site = TestSite.Create("""
            -- data/synoniemen.yml --
            - termen: [discriminatie]
              zoektermen: [racisme, Racisme]
              themas: [antiracisme]
            - termen: [discriminatie, ouderen]
              zoektermen: [senioren]
              doelgroepen: [bejaarden]
              verouderd: [grijsaards]
            - termen: [jeugd]
              zoektermen: []
            """);

        var run = await site.CheckAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("data/synoniemen.yml:1:3: error SID0080: unknown theme 'antiracisme' (data/themas.yml)", run.Errors, StringComparison.Ordinal);
        Assert.Contains("data/synoniemen.yml:1:3: error SID0081: 'Racisme' is listed twice in this entry", run.Errors, StringComparison.Ordinal);
        Assert.Contains("data/synoniemen.yml:4:3: error SID0080: unknown target group 'bejaarden' (data/doelgroepen.yml)", run.Errors, StringComparison.Ordinal);
        Assert.Contains("data/synoniemen.yml:4:3: error SID0081: 'discriminatie' is already a term of the entry on line 1: merge the two entries", run.Errors, StringComparison.Ordinal);
        Assert.Contains("data/synoniemen.yml:4:3: error SID0083: 'grijsaards' is marked 'verouderd' but is not one of this entry's 'zoektermen'", run.Errors, StringComparison.Ordinal);
        Assert.Contains("data/synoniemen.yml:8:3: error SID0084: an entry needs the words the site uses", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_terms_that_lead_back_to_their_own_entry_are_a_loop()
    {
        using var site = TestSite.Create("""
            -- data/synoniemen.yml --
            - termen: [discriminatie]
              zoektermen: [racisme]
            - termen: [racisme]
              zoektermen: [vooroordelen]
            - termen: [vooroordelen]
              zoektermen: [discriminatie]
            - termen: [ouderen]
              zoektermen: [senioren]
            """);

        var run = await site.CheckAsync();

        Assert.Equal(1, run.ExitCode);
        var loop = Assert.Single(run.Errors.Split('\n'), l => l.Contains("SID0082", StringComparison.Ordinal));
        Assert.Contains("'discriminatie' (line 1) → 'racisme' (line 3) → 'vooroordelen' (line 5) → 'discriminatie' (line 1)", loop, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chain_without_a_loop_is_fine()
    {
        using var site = TestSite.Create("""
            -- data/synoniemen.yml --
            - termen: [discriminatie]
              zoektermen: [racisme]
            - termen: [racisme]
              zoektermen: [vooroordelen]
            """);

        var run = await site.CheckAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
    }
}
