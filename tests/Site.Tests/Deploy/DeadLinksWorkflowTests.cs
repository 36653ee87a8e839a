using System.Diagnostics;
using Samenleven.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Samenleven.Tests.Deploy;

/// <summary>
/// The weekly "Dode links" workflow runs <c>check --external</c> and keeps one issue listing the dead links. Its script
/// runs here against a stand-in <c>gh</c> that records what it was asked to do.
/// </summary>
public sealed class DeadLinksWorkflowTests : IDisposable
{
    private const string Report = """
        input/praktijken/buurtwerk.md:14:3: warning SID0044: link 'https://example.org/oud' seems dead: 404 Not Found
        ::warning file=input/praktijken/buurtwerk.md,line=14,col=3,title=SID0044::link 'https://example.org/oud' seems dead: 404 Not Found
        input/gemeenten/gent/dienst.md:9:1: warning SID0044: link 'https://weg.example/' seems dead: no answer within 10 s
        input/praktijken/taal.md:3:7: warning SID0041: the first paragraph repeats the summary
        0 error(s), 3 warning(s). Every code is explained in docs/diagnostics.md.
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("dead-links-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void It_runs_weekly_and_by_hand_checks_external_links_and_may_write_issues()
    {
        var workflow = Load();
        var on = (YamlMappingNode)workflow["on"];
        var cron = Scalar((YamlMappingNode)((YamlSequenceNode)on["schedule"]).Children.Single(), "cron")!.Split(' ');
        var steps = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)workflow["jobs"])["links"])["steps"]).Children.Cast<YamlMappingNode>().ToList();

        Assert.Equal(5, cron.Length);
        Assert.NotEqual("*", cron[4]); // one day of the week, not every day
        Assert.True(on.Children.ContainsKey(new YamlScalarNode("workflow_dispatch")));
        Assert.Equal("write", Scalar((YamlMappingNode)workflow["permissions"], "issues"));
        var check = steps.FindIndex(s => Scalar(s, "run")?.Contains("-- check --external 2> check-report.txt", StringComparison.Ordinal) == true);
        var issue = steps.FindIndex(s => Scalar(s, "run") == ".github/scripts/dead-links-issue.sh check-report.txt");
        Assert.True(check >= 0 && issue > check, "the check runs, then the script reads its report");
    }

    [Fact]
    public void Dead_links_open_one_issue_that_lists_each_place_once()
    {
        var calls = RunScript(Report, openIssue: null);

        var create = Assert.Single(calls, c => c.StartsWith("issue create", StringComparison.Ordinal));
        Assert.Contains("--title Dode links in de inhoud", create, StringComparison.Ordinal);
        var body = File.ReadAllText(Path.Combine(folder, "body.md"));
        Assert.Contains("| `input/praktijken/buurtwerk.md:14:3` | https://example.org/oud | 404 Not Found |", body, StringComparison.Ordinal);
        Assert.Contains("| `input/gemeenten/gent/dienst.md:9:1` | https://weg.example/ | no answer within 10 s |", body, StringComparison.Ordinal);
        Assert.Equal(2, body.Split('\n').Count(l => l.StartsWith("| `input/", StringComparison.Ordinal)));
        Assert.DoesNotContain("taal.md", body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_issue_is_rewritten_instead_of_opening_a_second_one()
    {
        var calls = RunScript(Report, openIssue: 7);

        Assert.Contains(calls, c => c.StartsWith("issue edit 7 --body-file", StringComparison.Ordinal));
        Assert.DoesNotContain(calls, c => c.StartsWith("issue create", StringComparison.Ordinal));
    }

    [Fact]
    public void The_issue_is_closed_when_every_link_works_again()
    {
        var calls = RunScript("0 error(s), 0 warning(s).\n", openIssue: 7);

        Assert.Contains(calls, c => c.StartsWith("issue close 7 --comment", StringComparison.Ordinal));
        Assert.DoesNotContain(calls, c => c.StartsWith("issue create", StringComparison.Ordinal) || c.StartsWith("issue edit", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_dead_links_and_without_an_issue_nothing_is_written()
    {
        var calls = RunScript("", openIssue: null);

        Assert.All(calls, c => Assert.StartsWith("issue list", c, StringComparison.Ordinal));
    }

    /// <summary>Runs the script with a <c>gh</c> on PATH that logs its arguments and keeps the body it was given.</summary>
    private List<string> RunScript(string report, int? openIssue)
    {
        var bin = Directory.CreateDirectory(Path.Combine(folder, "bin")).FullName;
        var log = Path.Combine(folder, "gh.log");
        var gh = Path.Combine(bin, "gh");
        File.WriteAllText(gh, $$"""
            #!/usr/bin/env bash
            echo "$*" >> '{{log}}'
            if [ "$1 $2" = "issue list" ]; then echo "{{openIssue}}"; fi
            while [ $# -gt 0 ]; do
              if [ "$1" = "--body-file" ]; then cp "$2" '{{Path.Combine(folder, "body.md")}}'; fi
              shift
            done
            """.Replace("\r", "", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(gh, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var reportPath = Path.Combine(folder, "check-report.txt");
        File.WriteAllText(reportPath, report);

        var start = new ProcessStartInfo("bash", [Path.Combine(Repository.Root, ".github/scripts/dead-links-issue.sh"), reportPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"the script failed: {errors}{output.Result}");
        return File.Exists(log) ? [.. File.ReadAllLines(log)] : [];
    }

    private static YamlMappingNode Load()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Root, ".github/workflows/dead-links.yml"))));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;
}
