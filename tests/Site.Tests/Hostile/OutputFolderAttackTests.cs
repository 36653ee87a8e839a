using Samenleven.Tests.Support;

namespace Samenleven.Tests.Hostile;

/// <summary>
/// A safe output folder: the build refuses folders it would destroy, whatever the spelling; a fault nobody foresaw is
/// one line with exit code 2; leftovers of killed builds are cleaned.
/// </summary>
public sealed class OutputFolderAttackTests
{
    [Theory]
    [InlineData(".github")]
    [InlineData("node_modules")]
    [InlineData("input")]
    [InlineData(".")]
    public async Task An_output_folder_of_the_project_that_no_build_wrote_is_refused_and_left_alone(string output)
    {
        using var site = await HostileProject.CreateAsync();
        site.Write(".github/workflows/ci.yml", "on: push\n");
        site.Write("node_modules/x/package.json", "{}\n");

        var run = await site.Project.BuildAsync("--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: the output folder '{output}'", run.Errors, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Root, ".github", "workflows", "ci.yml")));
        Assert.True(File.Exists(Path.Combine(site.Root, "node_modules", "x", "package.json")));
        Assert.True(File.Exists(Path.Combine(site.Root, "input", "praktijken", "goed.md")));
        site.AssertOutputUnchanged();
    }

    [Fact]
    public async Task An_output_path_through_a_link_to_the_project_is_refused()
    {
        using var site = await HostileProject.CreateAsync();
        var outside = Path.Combine(Path.GetTempPath(), "samenleven-links", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        Directory.CreateSymbolicLink(Path.Combine(outside, "self-link"), site.Root);
        try
        {
            var run = await site.Project.BuildAsync("--output", Path.Combine(outside, "self-link", "input"));

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("lies in the project's input/ folder", run.Errors, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(site.Root, "input", "praktijken", "goed.md")));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task An_existing_folder_that_no_build_wrote_is_replaced_only_with_force()
    {
        using var site = await HostileProject.CreateAsync();
        var elsewhere = Path.Combine(Path.GetTempPath(), "samenleven-elsewhere", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "belangrijk.txt"), "niet wissen");
        try
        {
            var refused = await site.Project.BuildAsync("--output", elsewhere);
            Assert.Equal(2, refused.ExitCode);
            Assert.True(File.Exists(Path.Combine(elsewhere, "belangrijk.txt")));

            var forced = await site.Project.BuildAsync("--output", elsewhere, "--force");
            Assert.True(forced.ExitCode == 0, forced.Errors);
            Assert.False(File.Exists(Path.Combine(elsewhere, "belangrijk.txt")));

            var again = await site.Project.BuildAsync("--output", elsewhere);
            Assert.True(again.ExitCode == 0, "a folder a build wrote is accepted again without --force: " + again.Errors);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public async Task The_next_build_removes_what_killed_builds_left_beside_the_output()
    {
        using var site = await HostileProject.CreateAsync();
        var stale = site.Project.OutputDirectory + ".staging-999999";
        var old = site.Project.OutputDirectory + ".old-999998";
        Directory.CreateDirectory(stale);
        Directory.CreateDirectory(old);
        File.WriteAllText(Path.Combine(stale, "index.html"), "half");

        var run = await site.Project.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.False(Directory.Exists(stale));
        Assert.False(Directory.Exists(old));
    }

    [Fact]
    public async Task A_fault_of_the_machine_is_one_line_with_its_stage_and_exit_code_2_and_no_stack_trace()
    {
        using var site = await HostileProject.CreateAsync();
        // An output folder under a file, outside the project: accepted, but the machine cannot make it.
        var file = Path.Combine(Path.GetTempPath(), "samenleven-geen-map-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(file, "geen map");
        var output = Path.Combine(file, "uit");

        var run = await Generator.RunAsync(site.Root, new Dictionary<string, string>(), "build", "--no-search", "--output", output);
        var verbose = await Generator.RunAsync(site.Root, new Dictionary<string, string>(), "build", "--no-search", "--output", output, "--verbose");
        File.Delete(file);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: the build stopped in its plan stage: ", run.Errors, StringComparison.Ordinal);
        Assert.Single(run.Errors.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
        Assert.Contains("   at ", verbose.Errors, StringComparison.Ordinal);
        site.AssertOutputUnchanged();
    }
}
