namespace Samenleven.Cli;

/// <summary>A fault nobody foresaw stopped a build: the commands name its stage, Program prints one line (exit code 2).</summary>
public sealed class BuildStoppedException(string stage, Exception inner) : Exception($"the build stopped in its {stage} stage", inner)
{
    public string Stage { get; } = stage;

    /// <summary>Runs a pipeline and turns an exception into this one, with the stage it happened in.</summary>
    public static async Task<BuildResult> RunAsync(BuildPipeline pipeline, Func<Output.ISiteWriter>? openWriter)
    {
        try
        {
            return await pipeline.RunAsync(openWriter).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new BuildStoppedException(pipeline.Stage, e);
        }
    }

    /// <summary>
    /// The one line a contributor sees: what stopped, where, and what to do. Never a stack trace, unless asked for with
    /// --verbose (for whoever maintains the generator).
    /// </summary>
    public static string Describe(Exception e, bool verbose)
    {
        var cause = e is BuildStoppedException { InnerException: { } inner } ? inner : e;
        var file = cause switch
        {
            Loading.ProjectFileException f => $" at {f.ToDiagnostic().Path}",
            FileNotFoundException { FileName: { } name } => $" at {name}",
            _ => "",
        };
        var where = e is BuildStoppedException stopped ? $"the build stopped in its {stopped.Stage} stage{file}" : $"the generator stopped{file}";
        var line = $"error: {where}: {cause.Message} ({cause.GetType().Name}). This is not a problem in your content; run the command again with --verbose for the details, and report it.";
        return verbose ? line + Environment.NewLine + e : line;
    }
}
