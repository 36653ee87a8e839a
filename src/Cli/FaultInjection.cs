namespace Samenleven.Cli;

/// <summary>
/// Lets a test stop a real build at a stage, to kill it there: with SAMENLEVEN_HOLD_AT=render the build says
/// "holding at render" on standard error and waits until it is killed. Unset, it does nothing. Tests use it to prove
/// that a build killed at any point leaves the previous output intact (tests/Site.Tests/Output/KilledBuildTests.cs).
/// </summary>
public static class FaultInjection
{
    public const string Variable = "SAMENLEVEN_HOLD_AT";

    public static Action<string>? StageHook(TextWriter error)
    {
        var stage = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(stage))
        {
            return null;
        }

        return reached =>
        {
            if (string.Equals(reached, stage, StringComparison.Ordinal))
            {
                error.WriteLine($"holding at {reached}");
                error.Flush();
                Thread.Sleep(Timeout.Infinite);
            }
        };
    }
}
