namespace Samenleven.Cli;

/// <summary><c>check</c>: validates all content and writes nothing; for pull-request checks.</summary>
public static class CheckCommand
{
    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error)
    {
        var options = new BuildOptions { ProjectRoot = line.Value("root") ?? Directory.GetCurrentDirectory(), OutputDirectory = null, Search = false };
        var result = await new BuildPipeline(options).RunAsync().ConfigureAwait(false);
        DiagnosticPrinter.Print(result.Diagnostics, error, BuildCommand.IsGitHubActions());
        if (!result.Succeeded)
        {
            return 1;
        }

        output.WriteLine($"Check passed: {result.Pages} pages, no errors.");
        return 0;
    }
}
