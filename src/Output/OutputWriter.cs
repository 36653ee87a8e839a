using System.Collections.Concurrent;
using System.Text;

namespace Samenleven.Output;

/// <summary>
/// Writes the site into a staging folder beside the output folder and swaps it in only when everything succeeded, so a
/// failed build never leaves a half-written or emptied <c>output/</c>.
/// </summary>
public sealed class OutputWriter : ISiteWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
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

    public int FilesWritten => _filesWritten;

    public long BytesWritten => Interlocked.Read(ref _bytesWritten);

    private int _filesWritten;
    private long _bytesWritten;

    /// <summary>
    /// Why <paramref name="target"/> must not be an output folder of the project at <paramref name="projectRoot"/>, or null
    /// when it may: a build replaces its output folder whole, and the preview deletes what it did not write, so the project
    /// itself, a folder around it, or its source folders would be lost.
    /// </summary>
    public static string? Refusal(string projectRoot, string target)
    {
        var root = Path.GetFullPath(projectRoot).TrimEnd(Path.DirectorySeparatorChar);
        var full = Path.GetFullPath(Path.Combine(root, target)).TrimEnd(Path.DirectorySeparatorChar);
        if (IsSameOrInside(root, full))
        {
            return $"the output folder '{target}' is the project folder or contains it; everything in it would be replaced";
        }

        foreach (var source in new[] { "input", "data", "themes", "src", "tests", ".git" })
        {
            if (IsSameOrInside(full, Path.Combine(root, source)))
            {
                return $"the output folder '{target}' lies in the project's {source}/ folder, whose files would be replaced";
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it.</summary>
    public static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    public static OutputWriter Begin(string target)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var staging = $"{full}.staging-{Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        return new OutputWriter(full, staging);
    }

    /// <summary>Writes a site path (<c>praktijken/x/index.html</c>, no leading slash) into the staging folder.</summary>
    public void Write(string relativePath, string text) => Write(relativePath, Utf8.GetBytes(text));

    public void Write(string relativePath, byte[] bytes)
    {
        var full = FullPath(relativePath);
        EnsureDirectory(Path.GetDirectoryName(full)!); // FullPath always has a parent: the staging folder.
        File.WriteAllBytes(full, bytes);
        Interlocked.Increment(ref _filesWritten);
        Interlocked.Add(ref _bytesWritten, bytes.Length);
    }

    public void Write(string relativePath, Action<Stream> write)
    {
        var full = FullPath(relativePath);
        EnsureDirectory(Path.GetDirectoryName(full)!); // As in Write.
        using (var stream = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            write(stream);
        }

        Interlocked.Increment(ref _filesWritten);
        Interlocked.Add(ref _bytesWritten, new FileInfo(full).Length);
    }

    public void Copy(string sourceFile, string relativePath)
    {
        var full = FullPath(relativePath);
        EnsureDirectory(Path.GetDirectoryName(full)!); // As in Write.
        File.Copy(sourceFile, full, overwrite: true);
        Interlocked.Increment(ref _filesWritten);
        Interlocked.Add(ref _bytesWritten, new FileInfo(full).Length);
    }

    /// <summary>The staging path of a site path; refuses anything that would land outside the staging folder.</summary>
    public string FullPath(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Staging, relativePath));
        if (!full.StartsWith(Staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write outside the output folder: {relativePath}");
        }

        return full;
    }

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
