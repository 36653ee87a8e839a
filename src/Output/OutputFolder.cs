namespace Samenleven.Output;

/// <summary>
/// An output folder a build may replace whole, checked once, before anything runs: the project itself, a folder around
/// it, or one of its source folders would be lost. Only <see cref="Check"/> makes one, so a writer that is given one
/// knows it is safe.
/// </summary>
public sealed class OutputFolder
{
    private static readonly string[] SourceFolders = ["input", "data", "themes", "src", "tests", ".git"];

    private OutputFolder(string fullPath) => FullPath = fullPath;

    /// <summary>The folder, absolute, without a trailing separator.</summary>
    public string FullPath { get; }

    /// <summary>The output folder <paramref name="target"/> (relative to the project or absolute), or null with the reason it is refused.</summary>
    public static OutputFolder? Check(string projectRoot, string target, out string? refusal)
    {
        var root = Path.GetFullPath(projectRoot).TrimEnd(Path.DirectorySeparatorChar);
        var full = Path.GetFullPath(Path.Combine(root, target)).TrimEnd(Path.DirectorySeparatorChar);
        refusal = null;
        if (PathGuard.IsSameOrInside(root, full))
        {
            refusal = $"the output folder '{target}' is the project folder or contains it; everything in it would be replaced";
        }
        else if (SourceFolders.FirstOrDefault(source => PathGuard.IsSameOrInside(full, Path.Combine(root, source))) is { } source)
        {
            refusal = $"the output folder '{target}' lies in the project's {source}/ folder, whose files would be replaced";
        }

        return refusal is null ? new OutputFolder(full) : null;
    }
}
