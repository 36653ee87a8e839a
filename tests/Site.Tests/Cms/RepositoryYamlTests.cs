using Samenleven.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Samenleven.Tests.Cms;

/// <summary>
/// Every YAML file of the repository parses: GitHub silently ignores an issue template configuration or workflow it
/// cannot read (an unquoted value with ": " in it), and nothing else would tell.
/// </summary>
public sealed class RepositoryYamlTests
{
    /// <summary>Folders that hold no file of the repository: tools, builds and git itself.</summary>
    private static readonly HashSet<string> NotTracked = new(StringComparer.Ordinal) { ".git", "node_modules", "bin", "obj", "output", ".cache" };

    public static TheoryData<string> YamlFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Paths())
        {
            data.Add(path);
        }

        return data;
    }

    private static List<string> Paths() => [.. Walk(new DirectoryInfo(Repository.Root)).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_walk_finds_the_files_github_reads()
    {
        var files = Paths();

        Assert.Contains(".github/ISSUE_TEMPLATE/config.yml", files);
        Assert.Contains(".github/workflows/pull-request.yml", files);
        Assert.Contains("data/site.yml", files);
    }

    [Theory]
    [MemberData(nameof(YamlFiles))]
    public void Every_yaml_file_parses(string path)
    {
        var stream = new YamlStream();

        var error = Record.Exception(() => stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Root, path)))));

        Assert.True(error is null, $"{path} is not valid YAML: {error?.Message}");
        Assert.NotEmpty(stream.Documents);
    }

    [Fact]
    public void The_issue_template_configuration_links_to_the_contribution_page_with_its_full_description()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Root, ".github/ISSUE_TEMPLATE/config.yml"))));
        var link = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["contact_links"]).Children[0];

        Assert.EndsWith("/bijdragen/", ((YamlScalarNode)link["url"]).Value, StringComparison.Ordinal);
        Assert.Contains(": ", ((YamlScalarNode)link["about"]).Value, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Walk(DirectoryInfo folder)
    {
        foreach (var file in folder.EnumerateFiles())
        {
            if (file.Extension is ".yml" or ".yaml")
            {
                yield return Path.GetRelativePath(Repository.Root, file.FullName).Replace('\\', '/');
            }
        }

        foreach (var sub in folder.EnumerateDirectories().Where(d => !NotTracked.Contains(d.Name) && d.LinkTarget is null))
        {
            foreach (var path in Walk(sub))
            {
                yield return path;
            }
        }
    }
}
