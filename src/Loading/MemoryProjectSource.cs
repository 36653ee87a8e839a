using System.Collections.Frozen;
using System.Text;

namespace Samenleven.Loading;

/// <summary>A project whose files are in memory, by project-relative path: whole sites stated inline build from it.</summary>
public sealed class MemoryProjectSource : IProjectSource
{
    private readonly FrozenDictionary<string, byte[]> _files;
    private readonly string[] _paths;

    public MemoryProjectSource(IEnumerable<KeyValuePair<string, byte[]>> files)
    {
        _files = files.ToFrozenDictionary(StringComparer.Ordinal);
        _paths = [.. _files.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Text files, stored as UTF-8.</summary>
    public static MemoryProjectSource FromText(IEnumerable<KeyValuePair<string, string>> files) =>
        new(files.Select(f => KeyValuePair.Create(f.Key, Encoding.UTF8.GetBytes(f.Value))));

    public IReadOnlyList<string> Files(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        return [.. _paths.Where(p => p.StartsWith(prefix, StringComparison.Ordinal))];
    }

    /// <summary>A project in memory has no links.</summary>
    public IReadOnlyList<string> Links(string folder) => [];

    public bool Exists(string path) => _files.ContainsKey(path);

    public string ReadText(string path) => ProjectText.Decode(path, Bytes(path));

    public byte[] ReadBytes(string path) => Bytes(path);

    public long Length(string path) => Bytes(path).Length;

    public int ReadStart(string path, Span<byte> buffer)
    {
        var bytes = Bytes(path);
        var count = Math.Min(bytes.Length, buffer.Length);
        bytes.AsSpan(0, count).CopyTo(buffer);
        return count;
    }

    public void CopyTo(string path, Stream output) => output.Write(Bytes(path));

    private byte[] Bytes(string path) =>
        _files.TryGetValue(path, out var bytes) ? bytes : throw new FileNotFoundException($"no file {path} in the project", path);
}
