using System.Globalization;

namespace Samenleven.Cli;

/// <summary><c>build [--output DIR] [--base-url URL] [--no-search] [--root DIR]</c>: writes the site.</summary>
public static class BuildCommand
{
    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error)
    {
        var options = new BuildOptions
        {
            ProjectRoot = line.Value("root") ?? Directory.GetCurrentDirectory(),
            OutputDirectory = line.Value("output") ?? "output",
            BaseUrl = line.Value("base-url"),
            Search = !line.Has("no-search"),
        };
        if (Output.OutputWriter.Refusal(options.ProjectRoot, options.OutputDirectory) is { } refusal)
        {
            error.WriteLine($"error: {refusal}");
            return 2;
        }

        if (options.BaseUrl is { } baseUrl && !Validation.ContentRules.IsWebUrl(baseUrl))
        {
            error.WriteLine($"error: --base-url must be a full address such as https://example.org/sub/, not '{baseUrl}'");
            return 2;
        }

        var result = await new BuildPipeline(options).RunAsync().ConfigureAwait(false);
        DiagnosticPrinter.Print(result.Diagnostics, error, IsGitHubActions());
        if (!result.Succeeded)
        {
            error.WriteLine("Build failed: nothing was written; the previous output is unchanged.");
            return 1;
        }

        var total = result.Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Time);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built {result.Pages} pages ({result.Files} files, {result.Bytes / 1024.0 / 1024.0:0.0} MB) into {options.OutputDirectory} in {total.TotalSeconds:0.00} s ({string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Time.TotalSeconds:0.00} s"))})."));
        return 0;
    }

    public static bool IsGitHubActions() => string.Equals(Environment.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.Ordinal);
}
