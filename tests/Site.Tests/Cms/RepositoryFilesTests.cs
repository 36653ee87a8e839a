using Samenleven.Content;
using Samenleven.Loading;
using Samenleven.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Samenleven.Tests.Cms;

/// <summary>The contribution paths in the repository itself: the issue form follows the content model, the workflow checks every pull request.</summary>
public sealed class RepositoryFilesTests
{
    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Root, path))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> FormFields() =>
        ((YamlSequenceNode)Load(".github/ISSUE_TEMPLATE/praktijk-voorstellen.yml")["body"]).Children.Cast<YamlMappingNode>()
            .Where(f => f.Children.ContainsKey(new YamlScalarNode("id")));

    private static string Id(YamlMappingNode field) => ((YamlScalarNode)field["id"]).Value!; // Filtered on having an id.

    [Fact]
    public void The_issue_form_asks_for_the_practice_keys_a_person_can_know_and_requires_the_required_ones()
    {
        var fields = FormFields().ToDictionary(Id, StringComparer.Ordinal);
        var extra = new[] { "beschrijving", "toestemming" };
        Assert.All(fields.Keys.Except(extra), id => Assert.Contains(id, FrontMatterKeys.Practice));

        // toegevoegd is the day a maintainer adds it; the rest of the required keys must be asked for, and required.
        foreach (var key in new[] { "title", "summary", "gemeenten", "themas" })
        {
            Assert.True(fields.ContainsKey(key), $"the form does not ask for '{key}'");
            var validations = (YamlMappingNode)fields[key]["validations"];
            Assert.Equal("true", ((YamlScalarNode)validations["required"]).Value);
        }
    }

    [Fact]
    public void The_theme_choices_of_the_issue_form_are_the_themes_of_data()
    {
        var reference = ReferenceDataReader.Read(new ProjectLoader(new DiskProjectSource(Repository.Root)).ReadReferenceData(new DiagnosticBag()), new DiagnosticBag());
        Assert.NotNull(reference);
        var themes = FormFields().Single(f => Id(f) == "themas");
        var options = ((YamlSequenceNode)((YamlMappingNode)themes["attributes"])["options"]).Children.Select(o => ((YamlScalarNode)o).Value).ToList();
        Assert.Equal([.. reference.Themes.Select(t => t.Title), "Ander thema (beschrijf het hieronder)"], options);
    }

    [Fact]
    public void The_workflow_runs_check_build_and_tests_on_every_pull_request()
    {
        var workflow = Load(".github/workflows/pull-request.yml");
        Assert.True(((YamlMappingNode)workflow["on"]).Children.ContainsKey(new YamlScalarNode("pull_request")));
        var runs = ((YamlMappingNode)workflow["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>())
            .Where(step => step.Children.ContainsKey(new YamlScalarNode("run")))
            .Select(step => ((YamlScalarNode)step["run"]).Value!)
            .ToList();
        Assert.Contains("dotnet run -- check", runs);
        Assert.Contains(runs, r => r.StartsWith("dotnet run -- build", StringComparison.Ordinal));
        Assert.Contains("dotnet test tests/Site.Tests", runs);
        Assert.True(runs.IndexOf("dotnet run -- check") < runs.IndexOf("dotnet test tests/Site.Tests"), "check runs first: its annotations are the quickest feedback");
    }

    [Fact]
    public void The_pull_request_template_has_a_checklist_that_names_check()
    {
        var template = File.ReadAllText(Path.Combine(Repository.Root, ".github/pull_request_template.md"));
        Assert.Contains("- [ ] ", template, StringComparison.Ordinal);
        Assert.Contains("dotnet run -- check", template, StringComparison.Ordinal);
    }
}
