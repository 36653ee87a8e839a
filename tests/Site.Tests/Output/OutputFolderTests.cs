using Samenleven.Output;

namespace Samenleven.Tests.Output;

/// <summary>The one guard before a build replaces a folder, and the one check that a written path stays inside it.</summary>
public sealed class OutputFolderTests
{
    private static readonly string Project = Path.Combine(Path.GetTempPath(), "samenleven-guard", "project");

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("input")]
    [InlineData("input/uit")]
    [InlineData("data")]
    [InlineData("themes/default")]
    [InlineData(".git")]
    public void A_folder_that_is_contains_or_lies_in_the_project_sources_is_refused(string target)
    {
        Assert.Null(OutputFolder.Check(Project, target, out var refusal));
        Assert.StartsWith($"the output folder '{target}'", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("output", "project/output")]
    [InlineData("../elders", "elders")]
    public void A_folder_of_its_own_is_accepted_as_an_absolute_path(string target, string expected)
    {
        var folder = OutputFolder.Check(Project, target, out var refusal);

        Assert.Null(refusal);
        Assert.Equal(Path.Combine(Path.GetTempPath(), "samenleven-guard", expected), folder?.FullPath);
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
}
