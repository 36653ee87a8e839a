using System.Diagnostics;
using System.Security.Cryptography;
using Samenleven.Cli;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Output;

/// <summary>
/// A real build, killed at several points of its journey: the previous output stays byte for byte as it was, and the
/// next build removes what the killed one left. The build is held at a stage (SAMENLEVEN_HOLD_AT) and killed there, so
/// the point is exact and the test does not depend on timing.
/// </summary>
public sealed class KilledBuildTests
{
    private const string Site = """
        -- input/praktijken/een.md --
        ---
        title: Een
        summary: De eerste praktijk.
        gemeenten: [leuven]
        themas: [werk]
        toegevoegd: 2026-01-01
        ---
        Tekst.
        """;

    [Theory]
    [InlineData("plan")]
    [InlineData("render")]
    [InlineData("write")]
    [InlineData("commit")]
    public async Task A_build_killed_at_a_stage_leaves_the_previous_output_and_the_next_build_cleans_up(string stage)
    {
        using var site = TestProject.Create(Site);
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var before = Snapshot(site);
        site.Write("input/praktijken/twee.md", "---\ntitle: Twee\nsummary: Een tweede.\ngemeenten: [gent]\nthemas: [werk]\ntoegevoegd: 2026-02-01\n---\nTekst.\n");

        await KillAtAsync(site, stage);

        Assert.Equal(before, Snapshot(site));
        var next = await site.BuildAsync();
        Assert.True(next.ExitCode == 0, next.Errors);
        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Root), d => Path.GetFileName(d).StartsWith("output.", StringComparison.Ordinal));
        Assert.True(site.Exists("praktijken/twee/index.html"));
    }

    private static async Task KillAtAsync(TestProject site, string stage)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = site.Root };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "site.dll"), "build", "--no-search", "--root", site.Root })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[FaultInjection.Variable] = stage;
        using var process = Process.Start(start)!; // Start returns null only for shell-executed documents.
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            string? line;
            do
            {
                line = await process.StandardError.ReadLineAsync(timeout.Token);
            }
            while (line is not null && line != $"holding at {stage}");

            Assert.True(line is not null, $"the build never reached {stage}");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static Dictionary<string, string> Snapshot(TestProject site) =>
        site.Written().ToDictionary(p => p, p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(site.OutputDirectory, p)))), StringComparer.Ordinal);
}
