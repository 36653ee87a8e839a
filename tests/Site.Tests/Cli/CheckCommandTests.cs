using Samenleven.Tests.Support;

namespace Samenleven.Tests.Cli;

/// <summary><c>check</c> in a pull request: GitHub Actions annotations on the offending line, exit code 1.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public async Task Inside_GitHub_Actions_check_prints_an_error_annotation_with_file_and_line()
    {
        using var site = TestProject.Create("""
            -- input/praktijken/typo.md --
            ---
            title: Typo
            summary: Een tikfout.
            gemeenten: [kortrjik]
            themas: [werk]
            toegevoegd: 2026-02-01
            ---
            Tekst.
            """);

        // A separate process: GITHUB_ACTIONS is read from the environment, which parallel tests must not share.
        var (code, _, errors) = await Generator.RunAsync(site.Root, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "check");

        Assert.Equal(1, code);
        Assert.Contains("input/praktijken/typo.md:4:", errors, StringComparison.Ordinal);
        Assert.Contains("::error file=input/praktijken/typo.md,line=4,col=", errors, StringComparison.Ordinal);
        Assert.Contains("::unknown municipality 'kortrjik' in 'gemeenten': did you mean 'kortrijk'?", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_GitHub_Actions_check_prints_no_annotations()
    {
        using var site = TestProject.Create("""
            -- input/praktijken/typo.md --
            ---
            title: Typo
            summary: Een tikfout.
            gemeenten: [kortrjik]
            themas: [werk]
            toegevoegd: 2026-02-01
            ---
            Tekst.
            """);

        var (code, _, errors) = await Generator.RunAsync(site.Root, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "" }, "check");

        Assert.Equal(1, code);
        Assert.Contains("input/praktijken/typo.md:4:", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("::error", errors, StringComparison.Ordinal);
    }
}
