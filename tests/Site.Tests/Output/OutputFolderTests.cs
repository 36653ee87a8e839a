using Samenleven.Output;

namespace Samenleven.Tests.Output;

/// <summary>
/// The one guard before a build replaces a folder, and the one check that a written path stays inside it. On a real
/// project folder: what exists decides, and links are followed to where they really lead.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "samenleven-guard", Guid.NewGuid().ToString("N"));

    private string Project => Path.Combine(_temp, "project");

    public OutputFolderTests()
    {
        foreach (var folder in new[] { "input", "data", "themes/default", ".git", ".github", "node_modules", "docs" })
        {
            Directory.CreateDirectory(Path.Combine(Project, folder));
        }

        File.WriteAllText(Path.Combine(Project, "input", "over.md"), "---\ntitle: Over\n---\n");
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("input")]
    [InlineData("input/uit")]
    [InlineData("data")]
    [InlineData("themes/default")]
    [InlineData(".git")]
    [InlineData(".github")]
    [InlineData("node_modules")]
    [InlineData("docs/site")]
    public void The_project_a_folder_around_it_or_any_folder_of_it_that_no_build_wrote_is_refused(string target)
    {
        Assert.Null(OutputFolder.Check(Project, target, out var refusal));
        Assert.StartsWith($"the output folder '{target}'", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_through_a_link_to_the_project_is_refused_where_it_really_leads()
    {
        Directory.CreateSymbolicLink(Path.Combine(_temp, "self-link"), Project);

        Assert.Null(OutputFolder.Check(Project, Path.Combine(_temp, "self-link", "input"), out var refusal));
        Assert.Contains("input/ folder", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_folder_in_the_project_is_accepted_and_resolved_to_an_absolute_path()
    {
        var folder = OutputFolder.Check(Project, "output", out var refusal);

        Assert.Null(refusal);
        Assert.Equal(Path.Combine(Project, "output"), folder?.FullPath);
    }

    [Fact]
    public void A_folder_a_build_wrote_is_accepted_again()
    {
        WriteMarker(Path.Combine(Project, "output"));

        Assert.NotNull(OutputFolder.Check(Project, "output", out _));
    }

    [Fact]
    public void An_existing_folder_elsewhere_with_files_no_build_wrote_needs_force()
    {
        var elsewhere = Path.Combine(_temp, "foto's");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "vakantie.jpg"), "x");

        Assert.Null(OutputFolder.Check(Project, elsewhere, out var refusal));
        Assert.Contains("--force", refusal, StringComparison.Ordinal);
        Assert.NotNull(OutputFolder.Check(Project, elsewhere, out _, force: true));
    }

    [Fact]
    public void An_empty_folder_elsewhere_is_accepted()
    {
        var empty = Path.Combine(_temp, "leeg");
        Directory.CreateDirectory(empty);

        Assert.NotNull(OutputFolder.Check(Project, empty, out _));
    }

    [Theory]
    [InlineData("praktijken/x/index.html", true)]
    [InlineData("../output.old/index.html", false)]
    [InlineData("a/../../b", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("a\\b", false)]
    public void A_written_path_must_stay_inside_its_folder(string relative, bool inside) =>
        Assert.Equal(inside, PathGuard.Inside("/srv/site/output", relative) is not null);

    [Fact]
    public void A_sibling_whose_name_starts_like_the_folder_is_not_inside_it() =>
        Assert.False(PathGuard.IsSameOrInside("/srv/site/output.old", "/srv/site/output"));

    private static void WriteMarker(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "_headers"), OutputFolder.Marker + " from src/Deploy/HostRules.cs\n");
        File.WriteAllText(Path.Combine(folder, "index.html"), "oud");
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
