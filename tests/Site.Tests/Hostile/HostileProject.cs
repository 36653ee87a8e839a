using System.Security.Cryptography;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Hostile;

/// <summary>
/// A good site built once into a real folder, then attacked: each case adds what a stranger's pull request could carry,
/// runs the real command, and checks that the output folder is byte for byte what the good build left.
/// </summary>
internal sealed class HostileProject : IDisposable
{
    public const string GoodSite = """
        -- input/praktijken/goed.md --
        ---
        title: Goed
        summary: Een goede praktijk.
        gemeenten: [leuven]
        themas: [werk]
        toegevoegd: 2026-01-01
        ---
        ## Wat?

        Tekst met een [link naar over](/over/).
        """;

    private readonly Dictionary<string, string> _before;

    private HostileProject(TestProject project)
    {
        Project = project;
        _before = Snapshot();
    }

    public TestProject Project { get; }

    public string Root => Project.Root;

    /// <summary>The good site, built; fails the test if the good site does not build.</summary>
    public static async Task<HostileProject> CreateAsync(string extraFiles = "")
    {
        var project = TestProject.Create(GoodSite + extraFiles);
        var run = await project.BuildAsync();
        Assert.True(run.ExitCode == 0, run.Errors);
        return new HostileProject(project);
    }

    public void Write(string path, string content) => Project.Write(path, content);

    public void Write(string path, byte[] bytes) => Project.Write(path, bytes);

    /// <summary>A symbolic link at a project path, pointing at <paramref name="target"/>.</summary>
    public void Link(string path, string target, bool folder = false)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!); // A project path always has a folder.
        if (folder)
        {
            Directory.CreateSymbolicLink(full, target);
        }
        else
        {
            File.CreateSymbolicLink(full, target);
        }
    }

    /// <summary>Builds again; the attack must fail with exit code 1 and leave every output file as it was.</summary>
    public async Task<CommandRun> BuildRefusedAsync()
    {
        var run = await Project.BuildAsync();
        Assert.True(run.ExitCode == 1, $"the build should fail with content errors (1), not {run.ExitCode}:\n{run.Errors}");
        AssertOutputUnchanged();
        return run;
    }

    /// <summary>Checks the attack with <c>check</c>, which must fail with exit code 1 too.</summary>
    public async Task<CommandRun> CheckRefusedAsync()
    {
        var run = await Project.RunAsync("check");
        Assert.True(run.ExitCode == 1, $"check should fail with content errors (1), not {run.ExitCode}:\n{run.Errors}");
        return run;
    }

    public void AssertOutputUnchanged()
    {
        var after = Snapshot();
        Assert.Equal(_before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(_before, file => Assert.True(after[file.Key] == file.Value, $"{file.Key} changed"));
        Assert.DoesNotContain(Directory.EnumerateDirectories(Root), d => Path.GetFileName(d).StartsWith("output.", StringComparison.Ordinal));
    }

    private Dictionary<string, string> Snapshot() =>
        Project.Written().ToDictionary(
            path => path,
            path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(Project.OutputDirectory, path)))),
            StringComparer.Ordinal);

    public void Dispose() => Project.Dispose();
}
