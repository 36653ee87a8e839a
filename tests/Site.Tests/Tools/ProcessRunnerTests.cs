using Samenleven.Tools;

namespace Samenleven.Tests.Tools;

/// <summary>The one process runner: a step that hangs is stopped at its time limit and named.</summary>
public sealed class ProcessRunnerTests
{
    [Fact]
    public async Task A_program_that_runs_past_its_time_limit_is_stopped_and_the_step_is_named()
    {
        var spec = new ProcessSpec("sleep", ["30"], Path.GetTempPath()) { TimeLimit = TimeSpan.FromSeconds(1) };

        var result = await SystemProcessRunner.Instance.RunAsync(spec, CancellationToken.None);

        Assert.True(result.HitTimeLimit);
        Assert.False(result.Succeeded);
        Assert.Equal("`sleep 30` did not finish within 1 s and was stopped", result.Error);
    }

    [Fact]
    public async Task A_program_that_is_not_installed_did_not_start()
    {
        var result = await SystemProcessRunner.Instance.RunAsync(new ProcessSpec("geen-programma-met-deze-naam", [], Path.GetTempPath()), CancellationToken.None);

        Assert.False(result.Started);
    }
}
