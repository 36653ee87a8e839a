using System.Globalization;

namespace Samenleven.Tools;

/// <summary>The commands of the Node.js tooling the generator runs: how to call node and npm on every platform.</summary>
public static class Node
{
    /// <summary>The oldest Node.js the project supports (package.json's engines).</summary>
    public const int MinimumMajor = 20;

    /// <summary>The file that declares the Node tooling: where its problems are reported.</summary>
    public const string ToolingFile = "package.json";

    private const string NodeProgram = "node";

    // On Windows npm is a batch file, which has to be named with its extension.
    private static string NpmProgram => OperatingSystem.IsWindows() ? "npm.cmd" : "npm";

    public static ProcessSpec Version(string workingDirectory) => new(NodeProgram, ["--version"], workingDirectory);

    /// <summary>Runs a script with node: <c>node script args…</c>.</summary>
    public static ProcessSpec Run(string workingDirectory, string script, params string[] arguments) => new(NodeProgram, [script, .. arguments], workingDirectory);

    /// <summary>Runs npm: <c>npm args…</c>.</summary>
    public static ProcessSpec Npm(string workingDirectory, params string[] arguments) => new(NpmProgram, [.. arguments], workingDirectory);

    /// <summary>The major version from <c>node --version</c> ("v20.11.1" → 20), or null when it is not a version.</summary>
    public static int? Major(string versionOutput)
    {
        var text = versionOutput.Trim().TrimStart('v');
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return int.TryParse(dot < 0 ? text : text[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : null;
    }
}
