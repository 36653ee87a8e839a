using System.Globalization;
using Samenleven.Cms;
using Samenleven.Content;
using Samenleven.Loading;
using Samenleven.Output;
using Samenleven.Search;
using Samenleven.Tools;
using Samenleven.Validation;

namespace Samenleven.Cli;

/// <summary><c>build [--output DIR] [--base-url URL] [--no-search] [--root DIR]</c>: writes the site.</summary>
public static class BuildCommand
{
    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error)
    {
        var root = line.Root;
        var outputName = line.Value("output") ?? "output";
        if (OutputFolder.Check(root, outputName, out var refusal, line.Has("force")) is not { } folder)
        {
            error.WriteLine($"error: {refusal}");
            return 2;
        }

        var baseUrl = line.Value("base-url");
        if (baseUrl is not null && !ContentRules.IsWebUrl(baseUrl))
        {
            error.WriteLine($"error: --base-url must be a full address such as https://example.org/sub/, not '{baseUrl}'");
            return 2;
        }

        // The tools a build runs are made ready before it starts: the editor's bundle once per clone.
        var runner = SystemProcessRunner.Instance;
        var (bundle, problem) = await DecapBundle.EnsureAsync(root, runner).ConfigureAwait(false);
        var options = new BuildOptions
        {
            BaseUrl = baseUrl,
            EditorBundle = bundle is null ? [] : DecapBundle.Files(bundle),
            OnStage = FaultInjection.StageHook(error),
            Today = DateOnly.FromDateTime(DateTime.Now),
            Commits = await GitHistory.LastCommitDaysAsync(root, runner).ConfigureAwait(false),
        };
        var indexer = line.Has("no-search") ? null : new PagefindIndexer(root, runner);
        var pipeline = new BuildPipeline(new DiskProjectSource(root), options, indexer);
        var result = await BuildStoppedException.RunAsync(pipeline, () => OutputWriter.Begin(folder)).ConfigureAwait(false);
        if (problem is not null)
        {
            result = result with { Diagnostics = [Diagnostic.Warning(DiagnosticCode.Tooling, Node.ToolingFile, 1, 1, $"the editor at /admin/ is left out: {problem}"), .. result.Diagnostics] };
        }

        return Report(result, outputName, output, error);
    }

    /// <summary>Prints what a build did and returns the exit code: 0 when it wrote the site, 1 for content errors.</summary>
    public static int Report(BuildResult result, string outputName, TextWriter output, TextWriter error)
    {
        DiagnosticPrinter.Print(result.Diagnostics, error, IsGitHubActions());
        if (!result.Succeeded)
        {
            error.WriteLine("Build failed: nothing was written; the previous output is unchanged.");
            return 1;
        }

        var total = result.Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Time);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built {result.Pages} pages ({result.Files} files, {result.Bytes / 1024.0 / 1024.0:0.0} MB) into {outputName} in {total.TotalSeconds:0.00} s ({string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Time.TotalSeconds:0.00} s"))})."));
        return 0;
    }

    public static bool IsGitHubActions() => string.Equals(Environment.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.Ordinal);
}
