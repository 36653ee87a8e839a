using Samenleven.Search;
using Samenleven.Tools;

namespace Samenleven.Tests.Support;

/// <summary>States what node and npm do, records what the search stage asked for.</summary>
internal sealed class FakeProcessRunner : IProcessRunner
{
    private readonly Func<ProcessSpec, ProcessResult> _answer;

    public FakeProcessRunner(Func<ProcessSpec, ProcessResult> answer) => _answer = answer;

    public List<ProcessSpec> Ran { get; } = [];

    /// <summary>The commands as words: "node --version", "npm ci", "node pagefind".</summary>
    public IEnumerable<string> Commands => Ran.Select(Describe);

    public Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken)
    {
        Ran.Add(spec);
        return Task.FromResult(_answer(spec));
    }

    public static string Describe(ProcessSpec spec) =>
        Pagefind.IsIndex(spec) ? "node pagefind" : $"{spec.FileName.Replace(".cmd", "", StringComparison.Ordinal)} {spec.Arguments[0]}";

    public static ProcessResult Ok(string output = "") => new(true, 0, output, "");

    public static ProcessResult Failed(int code, string error) => new(true, code, "", error);
}
