using System.Collections.Immutable;
using Samenleven.Content;

namespace Samenleven.Loading;

/// <summary>
/// The loading stage: reads the reference data, every content file (in parallel), the map, the static files and the
/// theme's assets from a <see cref="IProjectSource"/>. Per-file work only; what compares documents comes later.
/// </summary>
public sealed class ProjectLoader(IProjectSource source, LoadCache? cache = null)
{
    /// <summary>The project, or null when its reference data is unusable (the diagnostics say why).</summary>
    public Project? Load(DiagnosticBag diagnostics)
    {
        var referenceFiles = ReadReferenceData();
        var reference = cache is null ? ReferenceDataReader.Read(referenceFiles, diagnostics) : cache.Reference(referenceFiles, diagnostics);
        if (reference is null)
        {
            return null;
        }

        var input = source.Files(ProjectPaths.Input);
        var markdown = input.Where(IsMarkdown).ToArray();
        var staticFiles = input.Where(p => !IsMarkdown(p)).ToImmutableArray();
        var content = new ContentLoader(reference).Load(source, markdown, diagnostics, cache);
        var map = MapDataReader.Read(source.Exists(MapDataReader.MapPath) ? source.ReadText(MapDataReader.MapPath) : null, reference, diagnostics);
        return new Project(reference, content, map, staticFiles, ReadThemeAssets(), ReadImageSizes(staticFiles));
    }

    /// <summary>The reference data files that exist, by project path.</summary>
    public IReadOnlyDictionary<string, string> ReadReferenceData()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in ReferenceDataReader.Paths.Where(source.Exists))
        {
            result[path] = source.ReadText(path);
        }

        return result;
    }

    private static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.Ordinal);

    private ImmutableArray<ThemeAsset> ReadThemeAssets()
    {
        var prefix = ProjectPaths.ThemeAssets + "/";
        return [.. source.Files(ProjectPaths.ThemeAssets).Select(path => new ThemeAsset(path[prefix.Length..], source.ReadBytes(path)))];
    }

    private Dictionary<string, ImageSize> ReadImageSizes(IEnumerable<string> staticFiles)
    {
        var sizes = new Dictionary<string, ImageSize>(StringComparer.Ordinal);
        var buffer = new byte[ImageSizeReader.HeaderBytes];
        foreach (var file in staticFiles)
        {
            var read = source.ReadStart(file, buffer);
            if (ImageSizeReader.Read(buffer.AsSpan(0, read)) is { } size)
            {
                sizes[file[ProjectPaths.Input.Length..]] = size;
            }
        }

        return sizes;
    }
}
