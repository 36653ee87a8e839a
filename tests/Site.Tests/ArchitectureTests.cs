using System.Text.RegularExpressions;
using Samenleven.Tests.Support;

namespace Samenleven.Tests;

/// <summary>
/// The folders of src/ tell the data's journey, and dependencies point one way, toward the content model: the site model
/// never reaches for the search, loading never sees the site or the output. Read from the sources, so a new arrow that
/// goes the wrong way fails here with the file that draws it.
/// </summary>
public sealed partial class ArchitectureTests
{
    /// <summary>Each stage and the stages it may use. Cli and Serve sit at the edge and may use everything.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Content"] = [],
        ["Tools"] = [],
        ["Output"] = [],
        ["Validation"] = ["Content"],
        ["Markdown"] = ["Content", "Validation"],
        ["Loading"] = ["Content", "Validation"],
        ["Authoring"] = ["Content"],
        ["Site"] = ["Content"],
        ["Search"] = ["Content", "Site", "Tools"],
        ["Rendering"] = ["Content", "Markdown", "Output", "Site"],
        ["Cms"] = ["Content", "Site", "Tools", "Validation"],
        ["Deploy"] = ["Cms", "Site"],
        ["SiteFiles"] = ["Cms", "Content", "Deploy", "Loading", "Site"],
    };

    [Fact]
    public void Every_stage_uses_only_the_stages_before_it()
    {
        var src = Path.Combine(Repository.Root, "src");
        var stages = Directory.GetDirectories(src).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var violations = new List<string>();
        foreach (var (stage, allowed) in Allowed)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(src, stage), "*.cs", SearchOption.AllDirectories))
            {
                var code = Comment().Replace(File.ReadAllText(file), "");
                var used = Reference().Matches(code).Select(m => m.Groups["stage"].Value)
                    .Where(s => stages.Contains(s) && s != stage && !allowed.Contains(s, StringComparer.Ordinal))
                    .Distinct(StringComparer.Ordinal);
                violations.AddRange(used.Select(s => $"{Path.GetRelativePath(Repository.Root, file)} uses {s}"));
            }
        }

        Assert.True(violations.Count == 0, "dependencies against the journey:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void Every_folder_of_src_is_a_stage_with_its_rules_or_an_edge()
    {
        var folders = Directory.GetDirectories(Path.Combine(Repository.Root, "src")).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(Allowed.Keys.Append("Cli").Append("Serve").Order(StringComparer.Ordinal), folders);
    }

    // A namespace named in a using, in full (Samenleven.Site.Urls) or relative to ours (Site.Urls, Cms.AdminPage).
    [GeneratedRegex(@"using\s+Samenleven\.(?<stage>[A-Z]\w*)|Samenleven\.(?<stage>[A-Z]\w*)\.|(?<![\w.])(?<stage>[A-Z]\w*)\.(?=[A-Z])")]
    private static partial Regex Reference();

    // Comments name other stages to explain, not to depend on them.
    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex Comment();
}
