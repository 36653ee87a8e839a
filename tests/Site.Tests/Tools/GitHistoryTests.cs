using System.Diagnostics;
using Samenleven.Tests.Support;
using Samenleven.Tools;

namespace Samenleven.Tests.Tools;

/// <summary>
/// "Laatst bijgewerkt" comes from git: the last commit that touched a practice's file, in a real temporary repository.
/// Outside a checkout, or for a file not yet committed, the dates in the file are used; <c>bijgewerkt</c> always wins.
/// </summary>
public sealed class GitHistoryTests
{
    private static string Practice(string title, string extra = "") => $"""
        ---
        title: {title}
        summary: Een praktijk.
        gemeenten: [leuven]
        themas: [werk]
        toegevoegd: 2024-01-15
        {extra}
        ---
        Tekst.

        """;

    /// <summary>Runs git in <paramref name="root"/> as if it were <paramref name="day"/>, with a throwaway identity.</summary>
    private static void Git(string root, string day, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        // Noon UTC, so the committer's day is the same in every time zone the test may run in.
        start.Environment["GIT_AUTHOR_DATE"] = start.Environment["GIT_COMMITTER_DATE"] = $"{day}T12:00:00+00:00";
        using var git = Process.Start(start)!; // Start returns null only for shell-executed documents.
        var errors = git.StandardError.ReadToEndAsync();
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {errors.Result}");
    }

    private static TestProject Repository()
    {
        var project = TestProject.Create("");
        Git(project.Root, "2025-01-01", "init", "-q", "-b", "main");
        project.Write("input/praktijken/eerste.md", Practice("Eerste"));
        project.Write("input/praktijken/tweede.md", Practice("Tweede"));
        Git(project.Root, "2025-03-01", "add", "-A");
        Git(project.Root, "2025-03-01", "commit", "-q", "-m", "Twee praktijken");
        project.Write("input/praktijken/tweede.md", Practice("Tweede, aangepast"));
        Git(project.Root, "2025-06-15", "commit", "-q", "-am", "Tweede aangepast");
        Git(project.Root, "2025-07-01", "mv", "input/praktijken/eerste.md", "input/praktijken/hernoemd.md");
        Git(project.Root, "2025-07-01", "commit", "-q", "-m", "Hernoemd");
        return project;
    }

    [Fact]
    public async Task Each_file_gets_the_day_of_the_last_commit_that_touched_it()
    {
        using var project = Repository();

        var days = await GitHistory.LastCommitDaysAsync(project.Root, SystemProcessRunner.Instance);

        Assert.NotNull(days);
        Assert.Equal(new DateOnly(2025, 6, 15), days["input/praktijken/tweede.md"]);
        Assert.Equal(new DateOnly(2025, 7, 1), days["input/praktijken/hernoemd.md"]); // A move is a change of that file.
    }

    [Fact]
    public async Task Outside_a_git_checkout_there_is_no_history()
    {
        using var project = TestProject.Create(Practice("Los"));

        Assert.Null(await GitHistory.LastCommitDaysAsync(project.Root, SystemProcessRunner.Instance));
    }

    [Fact]
    public async Task The_page_shows_the_commit_day_unless_bijgewerkt_says_otherwise_and_a_new_file_its_own_dates()
    {
        using var project = Repository();
        project.Write("input/praktijken/met-datum.md", Practice("Met datum", "bijgewerkt: 2025-02-01"));
        Git(project.Root, "2025-08-01", "add", "-A");
        Git(project.Root, "2025-08-01", "commit", "-q", "-m", "Met datum");
        project.Write("input/praktijken/nieuw.md", Practice("Nieuw")); // Not committed yet.

        var run = await project.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        project.AssertPage("praktijken/tweede/index.html", "Laatst bijgewerkt op <time datetime=\"2025-06-15\">15 juni 2025</time>");
        project.AssertPage("praktijken/met-datum/index.html", "Laatst bijgewerkt op <time datetime=\"2025-02-01\">1 februari 2025</time>");
        project.AssertPage("praktijken/nieuw/index.html", "Laatst bijgewerkt op <time datetime=\"2024-01-15\">15 januari 2024</time>");
        Assert.Contains("\"bijgewerkt\": \"2025-06-15\"", project.Page("data/praktijken.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_commits_give_the_same_site_twice()
    {
        using var project = Repository();

        await project.BuildAsync();
        var first = project.Page("praktijken/hernoemd/index.html");
        await project.BuildAsync();

        Assert.Equal(first, project.Page("praktijken/hernoemd/index.html"));
        Assert.Contains("<time datetime=\"2025-07-01\">1 juli 2025</time>", first, StringComparison.Ordinal);
    }
}
