using System.Collections.Concurrent;
using System.IO.Enumeration;
using Samenleven.Content;

namespace Samenleven.Loading;

/// <summary>
/// A project in a folder on disk: the edge where the loading stage touches the file system. Symbolic links are never
/// followed, whether listed or read: a link in a pull request must not publish a file of the build machine.
/// </summary>
public sealed class DiskProjectSource(string root) : IProjectSource
{
    private readonly ConcurrentDictionary<string, bool> _safeFolders = new(StringComparer.Ordinal);

    /// <summary>The project folder, absolute.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    public IReadOnlyList<string> Files(string folder) => Walk(folder).Where(e => !e.IsLink).Select(e => e.Path).ToArray();

    public IReadOnlyList<string> Links(string folder) => Walk(folder).Where(e => e.IsLink).Select(e => e.Path).ToArray();

    public bool Exists(string path) => File.Exists(Full(path)) || IsLink(Full(path));

    public string ReadText(string path) => ProjectText.Decode(path, ReadBytes(path));

    public byte[] ReadBytes(string path) => File.ReadAllBytes(Safe(path));

    public long Length(string path) => new FileInfo(Safe(path)).Length;

    public int ReadStart(string path, Span<byte> buffer)
    {
        using var stream = File.OpenRead(Safe(path));
        return stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
    }

    public void CopyTo(string path, Stream output)
    {
        using var stream = File.OpenRead(Safe(path));
        stream.CopyTo(output);
    }

    /// <summary>Every entry under a folder, links included but never entered, in ordinal order of their project path.</summary>
    private List<(string Path, bool IsLink)> Walk(string folder)
    {
        var full = Full(folder);
        if (IsLink(full))
        {
            return [(folder, true)];
        }

        if (!Directory.Exists(full))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var entries = new FileSystemEnumerable<(string Path, bool IsLink, bool IsDirectory)>(
            full,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), (entry.Attributes & FileAttributes.ReparsePoint) != 0, entry.IsDirectory),
            options)
        {
            // A linked folder is listed as a link and never entered.
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return [.. entries
            .Where(e => e.IsLink || !e.IsDirectory)
            .Select(e => (Path: Relative(e.Path), e.IsLink))
            .OrderBy(e => e.Path, StringComparer.Ordinal)];
    }

    /// <summary>The full path of a project file to read, after checking that neither it nor a folder on its way is a link.</summary>
    private string Safe(string path)
    {
        var full = Full(path);
        var folder = Path.GetDirectoryName(full);
        var checkedFolders = new List<string>();
        while (folder is not null && folder.Length > Root.Length && !_safeFolders.ContainsKey(folder))
        {
            if (IsLink(folder))
            {
                throw Refused(path, Relative(folder));
            }

            checkedFolders.Add(folder);
            folder = Path.GetDirectoryName(folder);
        }

        foreach (var safe in checkedFolders)
        {
            _safeFolders.TryAdd(safe, true);
        }

        return IsLink(full) ? throw Refused(path, path) : full;
    }

    private static ProjectFileException Refused(string path, string link) =>
        new(DiagnosticCode.SymbolicLink, path, 1, 1, $"{link} is a symbolic link: the build does not follow links; put the file itself in the project");

    private static bool IsLink(string fullPath)
    {
        try
        {
            return (File.GetAttributes(fullPath) & FileAttributes.ReparsePoint) != 0;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private string Full(string path) => Path.Combine(Root, path);

    private string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
}
