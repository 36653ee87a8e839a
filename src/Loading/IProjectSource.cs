namespace Samenleven.Loading;

/// <summary>
/// The files of a project, by project-relative path with forward slashes (<c>input/praktijken/x.md</c>): the only way
/// the build reads a project. <see cref="DiskProjectSource"/> reads a folder; <see cref="MemoryProjectSource"/> holds
/// the files of a site stated inline (tests), so a whole site builds without touching the disk. A source never follows
/// a symbolic link: it does not list one as a file, it names it in <see cref="Links"/>, and reading through one throws.
/// </summary>
public interface IProjectSource
{
    /// <summary>Every regular file under <paramref name="folder"/> (recursively), in ordinal order; empty when there is no such folder.</summary>
    IReadOnlyList<string> Files(string folder);

    /// <summary>The symbolic links under <paramref name="folder"/> (the folder itself too, if it is one), which the build refuses.</summary>
    IReadOnlyList<string> Links(string folder);

    bool Exists(string path);

    /// <summary>The text of a file; throws <see cref="ProjectFileException"/> when it is not UTF-8 or lies behind a link.</summary>
    string ReadText(string path);

    byte[] ReadBytes(string path);

    /// <summary>A file's size in bytes.</summary>
    long Length(string path);

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
    public const string Themes = "themes";
    public const string ThemeAssets = "themes/default/assets";

    /// <summary>The folders the build reads: none of them may contain a symbolic link.</summary>
    public static readonly string[] Read = [Input, Data, Themes];
}
