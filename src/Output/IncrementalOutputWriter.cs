using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;

namespace Samenleven.Output;

/// <summary>
/// Writes a site in place and touches only what changed: a file whose bytes equal the last build's is not written again,
/// and files the last build wrote but this one did not are deleted on <see cref="Commit"/>. One instance lives as long
/// as a preview session; call <see cref="Begin"/> before each build. Each write goes to a temporary file that is moved
/// over the old one, so the preview server never serves half a page.
/// </summary>
public sealed class IncrementalOutputWriter : ISiteWriter
{

    // Site path → SHA-256 of the bytes on disk. Null hash: a file found on disk at start-up, content unknown.
    private ConcurrentDictionary<string, byte[]?> _previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, byte[]> _current = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _changed = new(StringComparer.Ordinal);
    private int _filesWritten;
    private long _bytesWritten;

    public IncrementalOutputWriter(OutputFolder output)
    {
        Target = output.FullPath;
        if (Directory.Exists(Target))
        {
            // Whatever an earlier build left is unknown: rewrite what this build makes, delete the rest.
            foreach (var file in Directory.EnumerateFiles(Target, "*", SearchOption.AllDirectories))
            {
                _previous[Path.GetRelativePath(Target, file).Replace('\\', '/')] = null;
            }
        }
    }

    /// <summary>The folder the site is written to and served from.</summary>
    public string Target { get; }

    public string? Folder => Target;

    /// <summary>Files actually written (changed or new) in the current build.</summary>
    public int FilesWritten => _filesWritten;

    public long BytesWritten => Interlocked.Read(ref _bytesWritten);

    /// <summary>Files the current build offered, changed or not.</summary>
    public int FilesOffered => _current.Count;

    /// <summary>Site paths (no leading slash) written or deleted by the last committed build, sorted.</summary>
    public ImmutableArray<string> Changed { get; private set; } = [];

    /// <summary>Starts a build: this instance is returned so it can be passed as the pipeline's writer.</summary>
    public IncrementalOutputWriter Begin()
    {
        _current = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        _changed.Clear();
        _filesWritten = 0;
        _bytesWritten = 0;
        return this;
    }

    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var hash = SHA256.HashData(bytes);
        if (!_current.TryAdd(relativePath, hash))
        {
            throw new InvalidOperationException($"Two files of the site were written to the same path: {relativePath}");
        }

        if (_previous.TryGetValue(relativePath, out var old) && old is not null && old.AsSpan().SequenceEqual(hash))
        {
            return;
        }

        var full = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!); // FullPath always has a parent: the target folder.
        var temporary = $"{full}.tmp-{Environment.CurrentManagedThreadId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, full, overwrite: true);
        _changed[relativePath] = true;
        Interlocked.Increment(ref _filesWritten);
        Interlocked.Add(ref _bytesWritten, bytes.Length);
    }

    /// <summary>Buffered: this writer compares bytes before it writes (preview sites are small).</summary>
    public void Write(string relativePath, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        Write(relativePath, buffer.ToArray());
    }

    /// <summary>Deletes what the last build had and this one did not, and remembers this build for the next.</summary>
    public void Commit()
    {
        foreach (var path in _previous.Keys.Where(p => !_current.ContainsKey(p)))
        {
            var full = FullPath(path);
            if (File.Exists(full))
            {
                File.Delete(full);
            }

            _changed[path] = true;
        }

        _previous = new ConcurrentDictionary<string, byte[]?>(_current.Select(kv => KeyValuePair.Create(kv.Key, (byte[]?)kv.Value)), StringComparer.Ordinal);
        Changed = [.. _changed.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Files already moved into place stay (they are complete pages); the next build compares against them.</summary>
    public void Abandon()
    {
        foreach (var (path, hash) in _current)
        {
            _previous[path] = _changed.ContainsKey(path) ? hash : _previous.GetValueOrDefault(path);
        }

        Changed = [];
    }

    private string FullPath(string relativePath) =>
        PathGuard.Inside(Target, relativePath) ?? throw new InvalidOperationException($"Refusing to write outside the output folder: {relativePath}");
}
