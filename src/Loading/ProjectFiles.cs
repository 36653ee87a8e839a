using Samenleven.Content;

namespace Samenleven.Loading;

/// <summary>The project on disk: the only place the loading stage touches the file system.</summary>
public sealed class ProjectFiles(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string InputDirectory => Path.Combine(Root, "input");

    public string DataDirectory => Path.Combine(Root, "data");

    public string ThemeDirectory => Path.Combine(Root, "themes", "default");

    /// <summary>Every file under <c>input/</c>, read as UTF-8, sorted by path. Non-Markdown files are left for <see cref="StaticInputFiles"/>.</summary>
    public IReadOnlyList<SourceFile> ReadContent()
    {
        if (!Directory.Exists(InputDirectory))
        {
            return [];
        }

        var paths = Directory.EnumerateFiles(InputDirectory, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".md", StringComparison.Ordinal))
            .Select(p => (Full: p, Relative: Relative(p)))
            .OrderBy(p => p.Relative, StringComparer.Ordinal)
            .ToArray();
        // Read when the loader gets to the file, so only the files being parsed are in memory.
        return [.. paths.Select(p => new SourceFile(p.Relative, () => File.ReadAllText(p.Full)))];
    }

    /// <summary>The text of a project file (a content file's body is read again when its page is written).</summary>
    public string ReadText(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>Files under <c>input/</c> that are not Markdown (images), as project-relative paths.</summary>
    public IReadOnlyList<string> StaticInputFiles() =>
        Directory.Exists(InputDirectory)
            ? [.. Directory.EnumerateFiles(InputDirectory, "*", SearchOption.AllDirectories)
                .Where(p => !p.EndsWith(".md", StringComparison.Ordinal))
                .Select(Relative)
                .OrderBy(p => p, StringComparer.Ordinal)]
            : [];

    /// <summary>The reference data files that exist, by project-relative path.</summary>
    public IReadOnlyDictionary<string, string> ReadReferenceData()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in ReferenceDataReader.Paths)
        {
            var full = Path.Combine(Root, path);
            if (File.Exists(full))
            {
                result[path] = File.ReadAllText(full);
            }
        }

        return result;
    }

    /// <summary>The size of every image among <paramref name="staticFiles"/> that has a readable header, by site path (<c>/afbeeldingen/x.jpg</c>).</summary>
    public IReadOnlyDictionary<string, ImageSize> ReadImageSizes(IReadOnlyList<string> staticFiles)
    {
        var sizes = new Dictionary<string, ImageSize>(StringComparer.Ordinal);
        var buffer = new byte[ImageSizeReader.HeaderBytes];
        foreach (var file in staticFiles)
        {
            using var stream = File.OpenRead(Path.Combine(Root, file));
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (ImageSizeReader.Read(buffer.AsSpan(0, read)) is { } size)
            {
                sizes[file["input".Length..]] = size;
            }
        }

        return sizes;
    }

    /// <summary>The text of the municipality map (<see cref="MapDataReader.MapPath"/>), or null when the project has none.</summary>
    public string? ReadMapData()
    {
        var full = Path.Combine(Root, MapDataReader.MapPath);
        return File.Exists(full) ? File.ReadAllText(full) : null;
    }

    /// <summary>The theme's static assets (CSS, JS, icons) as project-relative path and bytes.</summary>
    public IReadOnlyList<(string Path, byte[] Bytes)> ReadThemeAssets()
    {
        var assets = Path.Combine(ThemeDirectory, "assets");
        return Directory.Exists(assets)
            ? [.. Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories)
                .Select(p => (Path: Path.GetRelativePath(assets, p).Replace('\\', '/'), Bytes: File.ReadAllBytes(p)))
                .OrderBy(a => a.Path, StringComparer.Ordinal)]
            : [];
    }

    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
}
