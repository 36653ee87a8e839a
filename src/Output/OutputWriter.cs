using System.Collections.Concurrent;

namespace Samenleven.Output;

/// <summary>
/// Writes the site into a staging folder beside the output folder and swaps it in only when everything succeeded, so a
/// failed build never leaves a half-written or emptied <c>output/</c>.
/// </summary>
public sealed class OutputWriter : ISiteWriter
{
    private readonly ConcurrentDictionary<string, bool> _createdDirectories = new(StringComparer.Ordinal);

    private OutputWriter(string target, string staging)
    {
        Target = target;
        Staging = staging;
    }

    /// <summary>The folder the site ends up in.</summary>
    public string Target { get; }

    /// <summary>The folder written to until <see cref="Commit"/>.</summary>
    public string Staging { get; }

    public string? Folder => Staging;

    public int FilesWritten => _filesWritten;

    public long BytesWritten => Interlocked.Read(ref _bytesWritten);

    private int _filesWritten;
    private long _bytesWritten;

    /// <summary>Starts a build into a staging folder beside <paramref name="output"/>.</summary>
    public static OutputWriter Begin(OutputFolder output)
    {
        var full = output.FullPath;
        RemoveLeftovers(full);
        var staging = $"{full}.staging-{Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        return new OutputWriter(full, staging);
    }

    /// <summary>
    /// Deletes the staging and old folders that killed builds left beside <paramref name="target"/>: those of a process
    /// that no longer runs. A build running at the same time in another process keeps its own.
    /// </summary>
    public static void RemoveLeftovers(string target)
    {
        var parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(target);
        foreach (var folder in Directory.EnumerateDirectories(parent).Where(f => Path.GetFileName(f).StartsWith(name + ".", StringComparison.Ordinal)))
        {
            var suffix = Path.GetFileName(folder)[(name.Length + 1)..];
            var dash = suffix.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && suffix[..dash] is "staging" or "old"
                && int.TryParse(suffix[(dash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)
                && pid != Environment.ProcessId && !IsRunning(pid))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Writes a site path (<c>praktijken/x/index.html</c>, no leading slash) into the staging folder.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var full = FullPath(relativePath);
        EnsureDirectory(Path.GetDirectoryName(full)!); // FullPath always has a parent: the staging folder.

        // CreateNew: the staging folder starts empty and every path has one owner, so there is nothing to truncate.
        using (var file = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write))
        {
            RandomAccess.Write(file, bytes, fileOffset: 0);
        }

        Interlocked.Increment(ref _filesWritten);
        Interlocked.Add(ref _bytesWritten, bytes.Length);
    }

    public void Write(string relativePath, Action<Stream> write)
    {
        var full = FullPath(relativePath);
        EnsureDirectory(Path.GetDirectoryName(full)!); // As in Write.
        using (var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            write(stream);
        }

        Interlocked.Increment(ref _filesWritten);
        Interlocked.Add(ref _bytesWritten, new FileInfo(full).Length);
    }

    /// <summary>The staging path of a site path; refuses anything that would land outside the staging folder.</summary>
    private string FullPath(string relativePath) =>
        PathGuard.Inside(Staging, relativePath) ?? throw new InvalidOperationException($"Refusing to write outside the output folder: {relativePath}");

    /// <summary>Replaces the output folder with the staging folder.</summary>
    public void Commit()
    {
        var old = $"{Target}.old-{Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        if (Directory.Exists(Target))
        {
            Directory.Move(Target, old);
        }

        Directory.Move(Staging, Target);
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>Throws the staging folder away; the previous output stays as it was.</summary>
    public void Abandon()
    {
        if (Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }

    private void EnsureDirectory(string directory)
    {
        if (_createdDirectories.TryAdd(directory, true))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
