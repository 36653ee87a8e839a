using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using Samenleven.Tools;

namespace Samenleven.Cms;

/// <summary>
/// The browser build of Decap CMS, served from our own /admin/ (no CDN). The npm package is 16 MB packed and its full
/// install 404 MB, but the browser needs only <c>dist/decap-cms.js</c>, its chunk files and two WebAssembly files
/// (6.4 MB). So instead of a package.json dependency we <c>npm pack</c> the pinned version, check its integrity
/// against the hash below and extract just those files into <c>.cache/</c> (git-ignored), once per clone. Not under
/// node_modules/: <c>npm ci</c>, which the search stage may run at any time, deletes that folder first.
/// </summary>
public static class DecapBundle
{
    public const string Version = "3.16.3";

    /// <summary>The registry's integrity of <c>decap-cms-3.16.3.tgz</c>: a different tarball is refused.</summary>
    public const string Integrity = "sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==";

    public const string EntryFile = "decap-cms.js";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Where the extracted files live for a project.</summary>
    public static string CacheDirectory(string projectRoot) => Path.Combine(projectRoot, ".cache", $"decap-cms-{Version}");

    /// <summary>The files to publish under /admin/, by name; empty when the bundle is not installed.</summary>
    public static IReadOnlyList<string> Files(string directory) =>
        File.Exists(Path.Combine(directory, EntryFile))
            ? [.. Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>
    /// The folder with the bundle, installing it first when needed. Null with a reason when it cannot be had; null
    /// without one for folders that are not a Node project (the inline test sites), which do not publish the editor.
    /// </summary>
    public static async Task<(string? Directory, string? Problem)> EnsureAsync(string projectRoot, IProcessRunner runner, CancellationToken cancellationToken = default)
    {
        var target = CacheDirectory(projectRoot);
        if (Files(target).Count > 0)
        {
            return (target, null);
        }

        if (!File.Exists(Path.Combine(projectRoot, "package.json")))
        {
            return (null, null);
        }

        await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Files(target).Count > 0)
            {
                return (target, null);
            }

            var work = Path.Combine(Path.GetTempPath(), $"decap-cms-{Version}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(work);
            try
            {
                var pack = Node.Npm(work, "pack", $"decap-cms@{Version}", "--silent");
                var result = await runner.RunAsync(pack, cancellationToken).ConfigureAwait(false);
                var tarball = Path.Combine(work, $"decap-cms-{Version}.tgz");
                if (!result.Succeeded || !File.Exists(tarball))
                {
                    return (null, $"`{pack}` failed ({(result.Output + result.Error).Trim()})");
                }

                string actual;
                await using (var stream = File.OpenRead(tarball))
                {
                    actual = "sha512-" + Convert.ToBase64String(await SHA512.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
                }

                if (!string.Equals(actual, Integrity, StringComparison.Ordinal))
                {
                    return (null, $"decap-cms-{Version}.tgz has integrity {actual}, expected {Integrity}");
                }

                var staging = target + $".tmp-{Environment.ProcessId}";
                Extract(tarball, staging);
                try
                {
                    Directory.Move(staging, target);
                }
                catch (IOException) when (Files(target).Count > 0)
                {
                    // Another process installed it at the same moment: theirs is as good as ours.
                    Directory.Delete(staging, recursive: true);
                }

                return (target, null);
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.ComponentModel.Win32Exception)
        {
            return (null, $"Decap CMS {Version} could not be installed: {e.Message}");
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Keeps <c>package/dist/</c>'s browser files only: the entry, its numbered chunks, the WebAssembly and the licence.</summary>
    public static bool IsBrowserFile(string name) =>
        name == EntryFile || name == EntryFile + ".LICENSE.txt" || name.EndsWith("." + EntryFile, StringComparison.Ordinal) || name.EndsWith(".wasm", StringComparison.Ordinal);

    private static void Extract(string tarball, string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        using var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (reader.GetNextEntry() is { } entry)
        {
            const string Dist = "package/dist/";
            if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile
                && entry.Name.StartsWith(Dist, StringComparison.Ordinal)
                && entry.Name.IndexOf('/', Dist.Length) < 0
                && IsBrowserFile(entry.Name[Dist.Length..]))
            {
                entry.ExtractToFile(Path.Combine(directory, entry.Name[Dist.Length..]), overwrite: true);
            }
        }
    }
}
