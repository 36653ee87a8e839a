using Samenleven.Content;
using Samenleven.Loading;
using Samenleven.Validation.Links;

namespace Samenleven.Cli;

/// <summary>
/// <c>check [--stale] [--external]</c>: validates all content and writes nothing (for pull requests). <c>--stale</c>
/// lists the practices not checked with their municipality for too long; <c>--external</c> also checks the web
/// addresses the content links to, politely, and reports dead ones as warnings.
/// </summary>
public static class CheckCommand
{
    /// <summary>Where <c>--external</c> remembers what it found, so a second run within a day asks nothing again.</summary>
    public const string ExternalCache = ".cache/external-links.json";

    public static Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error) =>
        RunAsync(line, output, error, new CheckSettings(DateOnly.FromDateTime(DateTime.Now)));

    /// <summary>The command on a given day and with the HTTP handler <c>--external</c> uses (tests fix both).</summary>
    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, CheckSettings settings)
    {
        var pipeline = new BuildPipeline(new DiskProjectSource(line.Root), new BuildOptions { Today = settings.Today });
        var result = await BuildStoppedException.RunAsync(pipeline, openWriter: null).ConfigureAwait(false);
        if (line.Has("external") && result.Project is { } checkedProject)
        {
            var cache = Path.Combine(line.Root, ExternalCache);
            result = result with { Diagnostics = [.. result.Diagnostics, .. await ExternalAsync(result, checkedProject.Reference.Site.Repository, cache, settings.Handler).ConfigureAwait(false)] };
        }

        var code = Report(result, output, error);
        if (line.Has("stale") && result.Project is { } project)
        {
            StaleReport.Print(project, settings.Today, output);
        }

        return code;
    }

    /// <summary>Prints what a check found and returns the exit code: 0 when there are no errors, 1 otherwise.</summary>
    public static int Report(BuildResult result, TextWriter output, TextWriter error)
    {
        DiagnosticPrinter.Print(result.Diagnostics, error, BuildCommand.IsGitHubActions());
        if (!result.Succeeded)
        {
            return 1;
        }

        output.WriteLine($"Check passed: {result.Pages} pages, no errors.");
        return 0;
    }

    /// <summary>Checks every distinct web address once; a dead one is a warning at each place that links to it.</summary>
    private static async Task<IEnumerable<Diagnostic>> ExternalAsync(BuildResult result, string repository, string cachePath, HttpMessageHandler? handler)
    {
        var urls = result.WebLinks.Select(l => l.Url).Distinct(StringComparer.Ordinal).ToArray();
        var options = new ExternalLinkCheckerOptions { ProjectUrl = repository, CachePath = cachePath };
        using var checker = new ExternalLinkChecker(options, handler);
        var checks = (await checker.CheckAsync(urls).ConfigureAwait(false)).ToDictionary(c => c.Url, StringComparer.Ordinal);
        return result.WebLinks
            .Where(l => checks[l.Url].Outcome is LinkOutcome.Broken or LinkOutcome.TimedOut)
            .Select(l => Diagnostic.Warning(DiagnosticCode.BrokenExternalLink, l.SourcePath, l.Line, l.Column, $"link '{l.Url}' seems dead: {checks[l.Url].Detail}"));
    }
}

/// <summary>What <c>check</c> takes from the world: today's date (for ageing records) and the HTTP handler of <c>--external</c>.</summary>
/// <param name="Today">The day the check runs; records are stale measured from it.</param>
/// <param name="Handler">Sends the requests of <c>--external</c>; null is the network.</param>
public sealed record CheckSettings(DateOnly Today, HttpMessageHandler? Handler = null);
