namespace Samenleven.Output;

/// <summary>The one check that a path stays inside its folder: every writer and the preview server go through it.</summary>
public static class PathGuard
{
    /// <summary>
    /// The full path of <paramref name="relativePath"/> (forward slashes, no leading slash) inside <paramref name="folder"/>,
    /// or null when it would land anywhere else: <c>..</c> segments, a rooted path, a backslash.
    /// </summary>
    public static string? Inside(string folder, string relativePath)
    {
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        if (relativePath.Contains('\\', StringComparison.Ordinal) || Path.IsPathRooted(relativePath))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        return IsSameOrInside(full, root) ? full : null;
    }

    /// <summary>
    /// True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it: a whole-segment comparison, so
    /// <c>output.old</c> is not inside <c>output</c>.
    /// </summary>
    public static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
