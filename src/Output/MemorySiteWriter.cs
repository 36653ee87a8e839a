using System.Collections.Concurrent;

namespace Samenleven.Output;

/// <summary>Keeps a built site in memory, by site path: whole sites build and are read back without touching the disk.</summary>
public sealed class MemorySiteWriter : ISiteWriter
{
    private readonly ConcurrentDictionary<string, byte[]> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public string? Folder => null;

    public int FilesWritten => _written.Count;

    public long BytesWritten => _written.Values.Sum(b => (long)b.Length);

    /// <summary>The committed site: empty until <see cref="Commit"/>, and unchanged by a build that is abandoned.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        if (!_written.TryAdd(relativePath, bytes.ToArray()))
        {
            throw new InvalidOperationException($"Two files of the site were written to the same path: {relativePath}");
        }
    }

    public void Write(string relativePath, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        Write(relativePath, buffer.ToArray());
    }

    public void Commit()
    {
        _files.Clear();
        foreach (var (path, bytes) in _written)
        {
            _files[path] = bytes;
        }
    }

    public void Abandon() => _written.Clear();
}
