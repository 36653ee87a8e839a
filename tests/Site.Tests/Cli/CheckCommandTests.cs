using System.Diagnostics;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Cli;

/// <summary><c>check</c> in a pull request: GitHub Actions annotations on the offending line, exit code 1.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public async Task Inside_GitHub_Actions_check_prints_an_error_annotation_with_file_and_line()
    {
        using var site = TestSite.Create("""
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
        var (code, _, errors) = await RunGenerator(site.Root, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "check");

        Assert.Equal(1, code);
        Assert.Contains("input/praktijken/typo.md:4:", errors, StringComparison.Ordinal);
        Assert.Contains("::error file=input/praktijken/typo.md,line=4,col=", errors, StringComparison.Ordinal);
        Assert.Contains("::unknown municipality 'kortrjik' in 'gemeenten': did you mean 'kortrijk'?", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_GitHub_Actions_check_prints_no_annotations()
    {
        using var site = TestSite.Create("""
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

        var (code, _, errors) = await RunGenerator(site.Root, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "" }, "check");

        Assert.Equal(1, code);
        Assert.Contains("input/praktijken/typo.md:4:", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("::error", errors, StringComparison.Ordinal);
    }

    /// <summary>Runs the built generator (site.dll beside the tests) as its own process.</summary>
    internal static async Task<(int Code, string Output, string Errors)> RunGenerator(string root, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "site.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--root");
        start.ArgumentList.Add(root);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!; // Start returns null only for shell-executed documents.
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
