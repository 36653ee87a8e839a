using System.Globalization;

namespace Samenleven.Tools;

/// <summary>
/// When each content file last changed, from git: one <c>git log</c> over <c>input/</c>, newest commit first, the first
/// date a file appears with being its last change. Outside a git checkout, or without git, there is no history and the
/// build falls back to the dates in the files; the same repository always gives the same dates.
/// </summary>
public static class GitHistory
{
    /// <summary>The day of the last commit that touched each file under <c>input/</c>, by project path; null without history.</summary>
    public static async Task<IReadOnlyDictionary<string, DateOnly>?> LastCommitDaysAsync(string projectRoot, IProcessRunner runner, CancellationToken cancellationToken = default)
    {
        var inside = await runner.RunAsync(Git(projectRoot, "rev-parse", "--is-inside-work-tree"), cancellationToken).ConfigureAwait(false);
        if (!inside.Succeeded || inside.Output.Trim() != "true")
        {
            return null;
        }

        var log = await runner.RunAsync(Git(projectRoot, "-c", "core.quotepath=off", "log", "--format=%x00%cs", "--name-only", "--no-renames", "--relative", "--", "input"), cancellationToken).ConfigureAwait(false);
        return log.Succeeded ? Parse(log.Output) : null;
    }

    /// <summary>Reads <c>git log --format=%x00%cs --name-only</c>: NUL, a date, then the files of that commit, newest first.</summary>
    public static IReadOnlyDictionary<string, DateOnly> Parse(string log)
    {
        var days = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var commit in log.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = commit.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lines.Length == 0 || !DateOnly.TryParseExact(lines[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                continue;
            }

            foreach (var path in lines.Skip(1))
            {
                days.TryAdd(path, day);
            }
        }

        return days;
    }

    private static ProcessSpec Git(string root, params string[] arguments) => new("git", [.. arguments], root) { TimeLimit = TimeSpan.FromMinutes(2) };
}
