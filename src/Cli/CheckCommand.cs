using Samenleven.Loading;

namespace Samenleven.Cli;

/// <summary><c>check</c>: validates all content and writes nothing; for pull-request checks.</summary>
public static class CheckCommand
{
    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error)
    {
        var pipeline = new BuildPipeline(new DiskProjectSource(line.Root), new BuildOptions());
        var result = await BuildStoppedException.RunAsync(pipeline, openWriter: null).ConfigureAwait(false);
        return Report(result, output, error);
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
}
