using Samenleven.Tools;

namespace Samenleven.Tests.Tools;

/// <summary>How the generator reads the Node.js it finds, to say what to install when it is too old.</summary>
public sealed class NodeTests
{
    [Theory]
    [InlineData("v20.11.1\n", 20)]
    [InlineData("v22.0.0", 22)]
    [InlineData("18.3.0", 18)]
    public void The_major_version_is_read_from_node_version(string output, int major) =>
        Assert.Equal(major, Node.Major(output));

    [Fact]
    public void Output_that_is_no_version_gives_no_major() => Assert.Null(Node.Major("command not found"));

    [Fact]
    public void Npm_and_node_run_in_the_folder_they_are_given()
    {
        var spec = Node.Npm("/project", "ci", "--no-audit");

        Assert.Equal("/project", spec.WorkingDirectory);
        Assert.Equal<string>(["ci", "--no-audit"], spec.Arguments);
        Assert.EndsWith("ci --no-audit", spec.ToString(), StringComparison.Ordinal);
    }
}
