namespace Samenleven.Loading;

/// <summary>A project in a folder on disk: the edge where the loading stage touches the file system.</summary>
public sealed class DiskProjectSource(string root) : IProjectSource
{
    /// <summary>The project folder, absolute.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    public IReadOnlyList<string> Files(string folder)
    {
        var full = Full(folder);
        return Directory.Exists(full)
            ? [.. Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Select(Relative).Order(StringComparer.Ordinal)]
            : [];
    }

    public bool Exists(string path) => File.Exists(Full(path));

    public string ReadText(string path) => File.ReadAllText(Full(path));

    public byte[] ReadBytes(string path) => File.ReadAllBytes(Full(path));

    public int ReadStart(string path, Span<byte> buffer)
    {
        using var stream = File.OpenRead(Full(path));
        return stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
    }

    public void CopyTo(string path, Stream output)
    {
        using var stream = File.OpenRead(Full(path));
        stream.CopyTo(output);
    }

    private string Full(string path) => Path.Combine(Root, path);

    private string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
}
