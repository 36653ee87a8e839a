using System.Collections.Immutable;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Samenleven.Tools;

/// <summary>A program to start: what, with which arguments, from which folder, and how long it may take.</summary>
public sealed record ProcessSpec(string FileName, ImmutableArray<string> Arguments, string WorkingDirectory)
{
    /// <summary>A step that waits longer has hung (a registry that never answers, a tool stuck on odd input): it is stopped.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>For messages: <c>node node_modules/pagefind/... --site output</c>.</summary>
    public override string ToString() => string.Join(' ', [FileName, .. Arguments]);
}

/// <summary>How a program ended. <see cref="Started"/> is false when it could not be found or started at all.</summary>
public sealed record ProcessResult(bool Started, int ExitCode, string Output, string Error)
{
    public static ProcessResult NotStarted(string reason) => new(false, -1, "", reason);

    /// <summary>The program ran past its <see cref="ProcessSpec.TimeLimit"/> and was stopped.</summary>
    public static ProcessResult TimedOut(ProcessSpec spec) =>
        new(true, -1, "", string.Create(CultureInfo.InvariantCulture, $"`{spec}` did not finish within {spec.TimeLimit.TotalSeconds:0} s and was stopped")) { HitTimeLimit = true };

    public bool HitTimeLimit { get; init; }

    public bool Succeeded => Started && ExitCode == 0 && !HitTimeLimit;
}

/// <summary>
/// Starts programs: the one way the generator runs Node.js and npm (the search index, the editor's bundle). Callers
/// only talk to this interface, so tests can state what node and npm do.
/// </summary>
public interface IProcessRunner
{
    Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken);
}

/// <summary>The real thing: starts the program and collects its output. This is the edge where processes happen.</summary>
public sealed class SystemProcessRunner : IProcessRunner
{
    public static SystemProcessRunner Instance { get; } = new();

    public async Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(spec.FileName)
        {
            WorkingDirectory = spec.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in spec.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"{spec.FileName} did not start");
        }
        catch (Win32Exception e)
        {
            // The program is not installed or not on PATH.
            return ProcessResult.NotStarted(e.Message);
        }

        using (process)
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            limit.CancelAfter(spec.TimeLimit);
            var output = process.StandardOutput.ReadToEndAsync(limit.Token);
            var error = process.StandardError.ReadToEndAsync(limit.Token);
            try
            {
                await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                if (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                return ProcessResult.TimedOut(spec);
            }

            return new ProcessResult(true, process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
        }
    }
}
