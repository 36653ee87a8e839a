namespace Samenleven.Loading;

/// <summary>
/// The files of a project, by project-relative path with forward slashes (<c>input/praktijken/x.md</c>): the only way
/// the build reads a project. <see cref="DiskProjectSource"/> reads a folder; <see cref="MemoryProjectSource"/> holds
/// the files of a site stated inline (tests), so a whole site builds without touching the disk.
/// </summary>
public interface IProjectSource
{
    /// <summary>Every file under <paramref name="folder"/> (recursively), in ordinal order; empty when there is no such folder.</summary>
    IReadOnlyList<string> Files(string folder);

    bool Exists(string path);

    /// <summary>The text of a file, read as UTF-8.</summary>
    string ReadText(string path);

    byte[] ReadBytes(string path);

    /// <summary>Fills <paramref name="buffer"/> with the first bytes of a file; returns how many there were (image headers).</summary>
    int ReadStart(string path, Span<byte> buffer);

    /// <summary>Copies a file's bytes into <paramref name="output"/> without holding it in memory whole.</summary>
    void CopyTo(string path, Stream output);
}

/// <summary>Where things are in a project.</summary>
public static class ProjectPaths
{
    public const string Input = "input";
    public const string Data = "data";
    public const string ThemeAssets = "themes/default/assets";
}
