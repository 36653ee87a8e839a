using Samenleven.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Samenleven.Tests.Deploy;

/// <summary>The GitHub Pages workflow builds the site for its Pages address and deploys it with GitHub's own actions.</summary>
public sealed class PagesWorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

    [Fact]
    public void It_runs_on_pushes_to_main_with_the_permissions_pages_needs()
    {
        var on = (YamlMappingNode)Workflow["on"];
        var permissions = (YamlMappingNode)Workflow["permissions"];

        Assert.Equal("main", ((YamlSequenceNode)((YamlMappingNode)on["push"])["branches"]).Children.Cast<YamlScalarNode>().Single().Value);
        Assert.Equal("write", Scalar(permissions, "pages"));
        Assert.Equal("write", Scalar(permissions, "id-token"));
        Assert.Equal("read", Scalar(permissions, "contents"));
    }

    [Fact]
    public void It_builds_under_the_pages_base_url_and_uploads_the_output_folder()
    {
        var steps = Steps("build");

        var npm = steps.FindIndex(s => Scalar(s, "run") == "npm ci");
        var configure = steps.FindIndex(s => Uses(s, "actions/configure-pages"));
        var build = steps.FindIndex(s => Scalar(s, "run")?.StartsWith("dotnet run -c Release -- build", StringComparison.Ordinal) == true);
        var upload = steps.FindIndex(s => Uses(s, "actions/upload-pages-artifact"));
        Assert.True(npm >= 0 && configure >= 0 && build >= 0 && upload >= 0, "npm ci, configure-pages, the build and the upload are all there");
        Assert.True(npm < build && configure < build && build < upload, "in that order");
        Assert.Contains("--base-url \"${{ steps.pages.outputs.base_url }}/\"", Scalar(steps[build], "run"), StringComparison.Ordinal);
        Assert.Equal("pages", Scalar(steps[configure], "id"));
        Assert.Equal("output", Scalar((YamlMappingNode)steps[upload]["with"], "path"));
        Assert.Contains(steps, s => Uses(s, "actions/setup-dotnet") && Scalar((YamlMappingNode)s["with"], "dotnet-version")!.StartsWith("10.", StringComparison.Ordinal));
    }

    [Fact]
    public void It_deploys_the_artifact_with_deploy_pages_after_the_build()
    {
        var job = (YamlMappingNode)((YamlMappingNode)Workflow["jobs"])["deploy"];

        Assert.Equal("build", Scalar(job, "needs"));
        Assert.Equal("github-pages", Scalar((YamlMappingNode)job["environment"], "name"));
        Assert.Contains(Steps("deploy"), s => Uses(s, "actions/deploy-pages") && Scalar(s, "id") == "deployment");
    }

    private static List<YamlMappingNode> Steps(string job) =>
        [.. ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)Workflow["jobs"])[job])["steps"]).Children.Cast<YamlMappingNode>()];

    private static bool Uses(YamlMappingNode step, string action) => Scalar(step, "uses")?.StartsWith(action + "@", StringComparison.Ordinal) == true;

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

    private static YamlMappingNode Load()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Repository.Root, ".github", "workflows", "pages.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }
}
